import { useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { MAX_LABEL_LENGTH } from '../../domain/text/label.ts';
import { addFiles, addPasted, removeSource, setGroupName, type FileStatus, type GroupId } from '../../team/team-store.ts';
import { useWords } from '../common/words.tsx';
import { fileWords } from './file-words.ts';

interface Props {
  group: GroupId;
  /** The group's name as typed; shown only when comparing. */
  name: string;
  displayName: string;
  compare: boolean;
  files: readonly FileStatus[];
  instrument: Instrument;
  lang: string;
  /** What a group is called now, for a file that repeats one loaded into the other group. */
  nameOf: (group: GroupId) => string;
}

/**
 * Where files come in for one group: a drop zone that holds the file picker (so the keyboard
 * reaches it as a normal control), a box for pasted JSON, and what became of each file.
 */
export function FileLoader({ group, name, displayName, compare, files, instrument, lang, nameOf }: Props) {
  const t = useWords();
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const id = `team-${group}`;
  const refused = files.filter((f) => f.outcome === 'refused');
  const added = files.filter((f) => f.outcome === 'added');
  const forGroup = compare ? <span class="sr-only"> {t('team.loader.forGroup', { group: displayName })}</span> : null;
  const says = (f: FileStatus) => fileWords(t, f.note, instrument, lang, nameOf);
  const title = useRef<HTMLHeadingElement>(null);
  const usedSummary = useRef<HTMLElement>(null);

  /** Takes a file's result out; focus goes to the list (or, when it is gone, the loader's heading), never to the page's top. */
  const remove = (key: number) => {
    removeSource(key);
    setTimeout(() => (usedSummary.current?.isConnected ? usedSummary.current : title.current)?.focus());
  };

  return (
    <section class="loader" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={title}>{compare ? t('team.loader.titleFor', { group: displayName }) : t('team.loader.title')}</h2>
      {compare && (
        <div class="field group-name">
          <label for={`${id}-name`}>{t('team.loader.groupName')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={MAX_LABEL_LENGTH}
            autocomplete="off"
            onInput={(e) => setGroupName(group, e.currentTarget.value)}
          />
        </div>
      )}
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const dropped = [...(e.dataTransfer?.files ?? [])];
          if (dropped.length > 0) void addFiles(group, dropped);
        }}
      >
        <p class="drop-hint" id={`${id}-hint`}>
          <strong>{t('team.loader.drop')}</strong>
          {forGroup}
          {t('team.loader.dropRest')}
        </p>
        <input
          id={`${id}-files`}
          class="file-input"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const input = e.currentTarget;
            const chosen = [...(input.files ?? [])];
            // Cleared so that choosing the same file again is noticed (and reported as a duplicate).
            input.value = '';
            if (chosen.length > 0) void addFiles(group, chosen);
          }}
        />
        <label for={`${id}-files`} class="button">
          {t('team.loader.choose')}
          {forGroup}
        </label>
      </div>
      <div class="field paste">
        <label for={`${id}-paste`}>
          {t('team.loader.paste')}
          {forGroup}
        </label>
        <textarea id={`${id}-paste`} rows={4} spellcheck={false} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            void addPasted(group, pasted, (number) => t('team.loader.pastedName', { number }));
            setPasted('');
          }}
        >
          {t('team.loader.addPasted')}
          {forGroup}
        </button>
      </div>
      {refused.length > 0 && (
        <div class="file-problems">
          <h3>{t('team.loader.notUsed', { count: refused.length })}</h3>
          <ul class="file-list">
            {refused.map((f) => (
              <li key={f.key} class="file-refused">
                <span class="file-name">{f.name}</span>: <span class="file-reason">{says(f)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {added.length > 0 && (
        <details class="files-added">
          <summary ref={usedSummary}>{t('team.loader.used', { count: added.length })}</summary>
          <ul class="file-list">
            {added.map((f) => (
              <li key={f.key} class="file-added">
                <span class="file-name">{f.name}</span>: <span class="file-message">{says(f)}</span>{' '}
                <button type="button" class="link-button file-remove" onClick={() => remove(f.key)}>
                  {t('team.loader.remove')}
                  <span class="sr-only"> {f.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
