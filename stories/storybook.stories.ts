/// <reference types="vite/client" />
// What this Storybook holds, file by file, and the check that the count docs/accessibility.md gives
// is the count of stories Storybook indexes: every named export of a stories/*.stories.ts file is
// one story (CSF; no file here uses includeStories or excludeStories), this file's own included.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import accessibilityDoc from '../docs/accessibility.md?raw';

interface StoryFile {
  default?: { title?: string };
  [name: string]: unknown;
}

const files = import.meta.glob<StoryFile>('./*.stories.ts', { eager: true });

const TITLE = 'Foundations/Stories';

/** Title and story count of every stories file, as Storybook's index counts them. */
function storyCounts(): { title: string; stories: number }[] {
  return [
    ...Object.values(files).map((file) => ({
      title: file.default?.title ?? '(untitled)',
      stories: Object.keys(file).filter((name) => name !== 'default' && name !== '__namedExportsOrder').length,
    })),
    // A glob never lists the module it is in: this file, with its one story.
    { title: TITLE, stories: 1 },
  ].sort((a, b) => a.title.localeCompare(b.title));
}

/** The number in docs/accessibility.md's "Every Storybook story is a test" paragraph. */
function documentedCount(): number | undefined {
  const match = /part of `npm test`; (\d+) stories/.exec(accessibilityDoc);
  return match ? Number(match[1]) : undefined;
}

const meta: Meta = {
  title: TITLE,
  tags: ['!autodocs'],
  parameters: {
    docs: { description: { component: 'Every stories file and how many stories it has; each story is a test.' } },
  },
};
export default meta;

type Story = StoryObj;

export const Count: Story = {
  render: () => {
    const counts = storyCounts();
    const total = counts.reduce((sum, file) => sum + file.stories, 0);
    return html`<table style="border-collapse: collapse; font-size: var(--hn-font-size-sm);">
      <caption style="text-align: left; font-weight: var(--hn-font-weight-semibold); padding-block-end: var(--hn-space-2);">
        ${total} stories
      </caption>
      <thead>
        <tr><th scope="col" style="text-align: left; padding: var(--hn-space-2);">Title</th><th scope="col" style="text-align: right; padding: var(--hn-space-2);">Stories</th></tr>
      </thead>
      <tbody>
        ${counts.map(
          (file) => html`<tr style="border-top: var(--hn-border-width-thin) solid var(--hn-color-border);">
            <td style="padding: var(--hn-space-2);">${file.title}</td>
            <td style="text-align: right; padding: var(--hn-space-2);">${file.stories}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  },
  play: () => {
    const total = storyCounts().reduce((sum, file) => sum + file.stories, 0);
    const documented = documentedCount();
    if (documented !== total) {
      throw new Error(`docs/accessibility.md says ${documented ?? 'no number of'} stories; Storybook indexes ${total}: update the count there`);
    }
  },
};
