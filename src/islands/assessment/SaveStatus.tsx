import { useStore } from '@nanostores/preact';
import { $check } from '../../assessment/check-store.ts';
import { useWords } from '../common/words.tsx';

/** A polite status line: screen readers hear it after each answer without losing their place. */
export function SaveStatus() {
  const state = useStore($check);
  const t = useWords();
  const text =
    state?.lastSave === 'saved'
      ? t(state.mode === 'tab' ? 'check.save.tab' : 'check.save.device')
      : state?.lastSave === 'memory-only'
        ? t('check.save.memory')
        : '';
  return (
    <p class="save-status" role="status">
      {text}
    </p>
  );
}
