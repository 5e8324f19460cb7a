/** The export to hand to a facilitator: answers, role and day only, explained next to the button. */
export function ForFacilitator({ onExport }: { onExport: () => void }) {
  return (
    <div class="for-facilitator">
      <button type="button" class="button secondary" onClick={onExport}>
        Export for my facilitator
      </button>
      <p class="hint">
        Holds only what a team view needs: your answers, your role if you gave one, and the day, without the time, your label or
        your other results.
      </p>
    </div>
  );
}
