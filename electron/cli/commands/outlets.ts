// parallax outlets [--json]: every outlet with its facts, domains, article count and the person's
// labels; --json: { outlets: Outlet[], schemes: LabelScheme[] } (shared/outlets.ts).
import { EXIT, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

export async function outletsCommand(ctx: CommandContext): Promise<number> {
  const core = openCore(ctx);
  try {
    const overview = await core.api.listOutlets({});
    if (ctx.json) {
      writeJson(overview);
      return EXIT.ok;
    }
    if (!overview.outlets.length) process.stdout.write('No outlets yet: none of the articles names its outlet or has a web address.\n');
    const schemeName = new Map(overview.schemes.map((s) => [s.id, s.name]));
    for (const o of overview.outlets) {
      const facts = [o.domains.join(', '), o.country, o.language, o.ownership].filter(Boolean).join(' · ');
      const labels = o.labels.map((l) => `${schemeName.get(l.schemeId)}: ${l.value}`).join(' · ');
      process.stdout.write(
        `#${o.id}  ${o.name}  (${o.articleCount} article${o.articleCount === 1 ? '' : 's'})\n` +
          (facts ? `      ${facts}\n` : '') +
          (labels ? `      ${labels}\n` : ''),
      );
    }
    return EXIT.ok;
  } finally {
    core.close();
  }
}
