import type { ComponentChildren } from 'preact';

interface Props {
  class: string;
  caption: ComponentChildren;
  /** Hides the caption on screen where a heading next to the table already says what it holds. */
  captionHidden?: boolean;
  /** Column headings, left to right; `false` leaves a column out (a change column without an earlier result). */
  columns: readonly (ComponentChildren | false)[];
  /** The body rows, each starting with a row heading. */
  children: ComponentChildren;
}

/**
 * The table every chart and list of scores shares: a caption, one header row of column headings
 * (`scope="col"`), and rows whose first cell names the row, so a screen reader announces both.
 */
export function FiguresTable({ class: className, caption, captionHidden, columns, children }: Props) {
  return (
    <table class={className}>
      <caption class={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns
            .filter((column) => column !== false)
            .map((column, i) => (
              <th scope="col" key={i}>
                {column}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
