// Story placement after imports: once a batch of articles is committed, the story index is brought
// up to date in the background (a step of a few hundred articles per turn of the event loop), so an
// import never waits for, or fails because of, story work, and a story call finds little left to do.
import type { Database } from 'better-sqlite3';
import { updateStoryIndex } from './story-index';

/** Articles handled per step: a large first grouping yields to other work between steps. */
const STEP_ARTICLES = 250;

const scheduled = new WeakMap<Database, Promise<void>>();

/** Schedules a background update of the story index (one at a time per connection); resolves when done. */
export function scheduleStoryUpdate(db: Database): Promise<void> {
  const running = scheduled.get(db);
  if (running) return running;
  const done = new Promise<void>((resolve) => {
    const step = () => {
      let more = false;
      try {
        if (db.open) more = !!updateStoryIndex(db, { maxArticles: STEP_ARTICLES }).more;
      } catch (err) {
        // Story work must never break an import; the next story call or import tries again.
        console.warn(`parallax: story grouping after import failed: ${(err as Error).message}`);
      }
      if (more && db.open) setImmediate(step);
      else {
        scheduled.delete(db);
        resolve();
      }
    };
    setImmediate(step);
  });
  scheduled.set(db, done);
  return done;
}

/** Resolves once a scheduled update (if any) has finished: for callers that need stories now. */
export function storyUpdatesSettled(db: Database): Promise<void> {
  return scheduled.get(db) ?? Promise.resolve();
}
