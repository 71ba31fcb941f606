// parallax stories [--json]: the library grouped into stories, newest first, each with its span,
// articles, independent reports, outlets and what its articles share. --json: StorySummary[].
import { EXIT, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

export async function storiesCommand(ctx: CommandContext): Promise<number> {
  const core = openCore(ctx);
  try {
    const stories = await core.api.listStories({});
    if (ctx.json) {
      writeJson({ stories });
      return EXIT.ok;
    }
    for (const s of stories) {
      const span = s.span.from ? (s.span.from === s.span.to ? s.span.from : `${s.span.from} – ${s.span.to}`) : 'date unknown';
      const shared = [...s.reasons.people, ...s.reasons.places].slice(0, 5).join(', ');
      process.stdout.write(
        `#${s.id}${s.pinned ? ' (pinned)' : ''}  ${s.title}\n      ${span} · ${s.articleCount} article${s.articleCount === 1 ? '' : 's'}, ` +
          `${s.independentCount} independent · ${s.outlets.join(', ') || 'outlets unknown'}\n` +
          (shared || s.reasons.dates.length ? `      shared: ${[shared, s.reasons.dates.join(', ')].filter(Boolean).join(' · ')}\n` : ''),
      );
    }
    return EXIT.ok;
  } finally {
    core.close();
  }
}
