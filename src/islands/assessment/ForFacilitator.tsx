import { useWords } from '../common/words.tsx';

/** The export to hand to a facilitator: answers, role and day only, explained next to the button. */
export function ForFacilitator({ onExport }: { onExport: () => void }) {
  const t = useWords();
  return (
    <div class="for-facilitator">
      <button type="button" class="button secondary" onClick={onExport}>
        {t('results.facilitator.export')}
      </button>
      <p class="hint">{t('results.facilitator.hint')}</p>
    </div>
  );
}
