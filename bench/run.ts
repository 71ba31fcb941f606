// `npm run bench`: runs every benchmark suite (bench/<suite>/bench.ts exporting `run()`), writes
// each suite's figures to bench/results/<suite>.json and prints them. `npm run bench -- search`
// runs one suite. Figures are ratios and sizes as well as times: the machines are noisy.
import fs from 'node:fs';
import path from 'node:path';

export interface BenchSuite {
  run(options: { quick: boolean }): Promise<Record<string, unknown>>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const suites = fs
    .readdirSync(__dirname, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(__dirname, d.name, 'bench.ts')))
    .map((d) => d.name)
    .filter((name) => !wanted.length || wanted.includes(name));
  if (!suites.length) throw new Error(`no benchmark suite matches ${wanted.join(', ')}`);
  fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  for (const name of suites) {
    console.log(`\n=== bench: ${name}${quick ? ' (quick)' : ''}`);
    const suite = (await import(path.join(__dirname, name, 'bench.ts'))) as BenchSuite;
    const started = Date.now();
    const figures = await suite.run({ quick });
    const result = {
      suite: name,
      date: new Date().toISOString(),
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version, platform: process.platform },
      quick,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      ...figures,
    };
    const file = path.join(__dirname, 'results', `${name}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
    console.log(`→ ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
