import { z } from 'zod';
import { SECTION_IDS } from './sections.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Frontmatter of a playbook chapter (`content/playbook/*.mdx`). */
export const chapterSchema = z
  .object({
    /** The chapter's title, shown as its heading, in the sidebar and in the page title. */
    title: z.string().trim().min(1, { message: 'must not be empty' }).max(80),
    /** One sentence for search results, link previews and the section overview. */
    description: z.string().trim().min(20, { message: 'must be a full sentence (20 characters or more)' }).max(200),
    /** The section the chapter belongs to. */
    section: z.enum(SECTION_IDS, {
      message: `must be one of: ${SECTION_IDS.join(', ')}`,
    }),
    /** Position within the section, from 1. Two chapters of one section may not share it. */
    order: z.number({ message: 'must be a whole number such as 3' }).int({ message: 'must be a whole number' }).min(1),
    /** For the eight attribute chapters: the attribute's id in the readiness instrument. */
    attribute: z.string().regex(kebab, { message: 'must be an attribute id such as "executive-buy-in"' }).optional(),
    /** When the chapter was last checked for accuracy (YYYY-MM-DD). */
    lastReviewed: z.coerce.date({ message: 'must be a date written as YYYY-MM-DD' }),
  })
  .strict();

export type ChapterData = z.infer<typeof chapterSchema>;
