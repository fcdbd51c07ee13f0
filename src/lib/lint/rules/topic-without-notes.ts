/** A topic no note is filed under: its page and feed stay empty in production. */
import type { LintRule } from '../finding.ts';
import { warningAt } from '../place.ts';

export const topicWithoutNotes: LintRule = {
  name: 'topic-without-notes',
  check({ topics, files }) {
    // Every note file as written, including one that fails its schema for another reason:
    // it still names its topics, and a topic it names is not without notes.
    const published = new Set<string>();
    const drafted = new Set<string>();
    for (const file of files) {
      if (file.kind !== 'notes' || !Array.isArray(file.data?.topics)) continue;
      const into = file.data.draft === true ? drafted : published;
      for (const topic of file.data.topics) if (typeof topic === 'string') into.add(topic.trim());
    }
    return topics
      .filter(({ file }) => !published.has(file.slug))
      .map(({ file }) =>
        warningAt(
          file,
          ['title'],
          drafted.has(file.slug)
            ? `topic "${file.slug}" has draft notes only: its page and feed are empty in production`
            : `no note has topic "${file.slug}": its page and feed are empty (tag a note with it, or delete the topic)`,
        ),
      );
  },
};
