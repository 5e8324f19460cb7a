import { useStore } from '@nanostores/preact';
import { $check } from '../../assessment/check-store.ts';

/** A polite status line: screen readers hear it after each answer without losing their place. */
export function SaveStatus() {
  const state = useStore($check);
  const text =
    state?.lastSave === 'saved'
      ? state.mode === 'tab'
        ? 'Saved in this tab only'
        : 'Saved on this device'
      : state?.lastSave === 'memory-only'
        ? 'Not saved: kept in this tab only'
        : '';
  return (
    <p class="save-status" role="status">
      {text}
    </p>
  );
}
