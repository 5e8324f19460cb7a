import { useState } from 'preact/hooks';
import type { NormChoice } from '../../domain/norms/markers.ts';

/** The norm chosen from the site's norms, the first until the reader picks another. */
export function useNormChoice(choices: readonly NormChoice[]): [NormChoice | undefined, (key: string) => void] {
  const [key, setKey] = useState(choices[0]?.key ?? '');
  return [choices.find((c) => c.key === key) ?? choices[0], setKey];
}

/** A labelled list of the site's norms to compare with. */
export function NormSelect({ id, label, choices, value, onChange }: { id: string; label: string; choices: readonly NormChoice[]; value: string; onChange: (key: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
