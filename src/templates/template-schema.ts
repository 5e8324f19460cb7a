import { z } from 'zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Frontmatter of a printable template (`content/templates/*.md`). */
export const templateSchema = z
  .object({
    /** The template's title, printed at the top of the page and listed on the templates index. */
    title: z.string().trim().min(1, { message: 'must not be empty' }).max(80),
    /** One sentence saying who fills it in and when; shown on screen, not on paper. */
    description: z.string().trim().min(20, { message: 'must be a full sentence (20 characters or more)' }).max(200),
    /** Position on the templates index, from 1. */
    order: z.number({ message: 'must be a whole number such as 3' }).int({ message: 'must be a whole number' }).min(1),
    /** The chapter that explains how to use the template (its file name without .mdx). */
    chapter: z.string().regex(kebab, { message: 'must be a chapter slug such as "executive-buy-in"' }),
  })
  .strict();

export type TemplateData = z.infer<typeof templateSchema>;

/** The Markdown a reader downloads: the title as a heading, then the template exactly as written. */
export function templateMarkdown(data: Pick<TemplateData, 'title'>, body: string): string {
  return `# ${data.title}\n\n${body.trim()}\n`;
}
