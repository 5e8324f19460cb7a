import { dateStamp, downloadText } from '../../assessment/download.ts';
import { exportForFacilitator } from '../../domain/exchange/for-facilitator.ts';
import type { CompletedResult } from '../../domain/result/result.ts';

/** The export to hand to a facilitator: answers, role and day only, explained next to the button. */
export function ForFacilitator({ result }: { result: CompletedResult }) {
  return (
    <div class="for-facilitator">
      <button
        type="button"
        class="button secondary"
        onClick={() => downloadText(`readiness-for-facilitator-${dateStamp(result.completedAt)}.json`, exportForFacilitator(result), 'application/json')}
      >
        Export for my facilitator
      </button>
      <p class="hint">
        Holds only what a team view needs: your answers, your role if you gave one, and the day, without the time, your label or
        your other results.
      </p>
    </div>
  );
}
