/** The playbook's four sections, in reading order. Chapters name one of these ids in frontmatter. */
export const SECTIONS = [
  { id: 'foundations', label: 'Foundations' },
  { id: 'attributes', label: 'The eight attributes' },
  { id: 'practice', label: 'Putting it into practice' },
  { id: 'reference', label: 'Reference' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const SECTION_IDS = SECTIONS.map((s) => s.id) as [SectionId, ...SectionId[]];

export function sectionLabel(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)?.label ?? id;
}
