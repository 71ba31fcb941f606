// Dated events on a year axis, one lane per source, then the same events as a list; dates
// whose year the text leaves out come last.
import type { TimelineEvent } from '../../../shared/comparison';
import { clickable } from './clickable';
import { useCompare } from './compare-context';
import { PaneSection } from './PaneSection';
import { PassageText } from './PassageText';
import { SourceChips } from './SourceChip';
import { dateToYear, formatPartialDate, yearTicks } from './timeline-dates';

const WIDTH = 380;
const LANE = 26;
const LEFT = 30;
const RIGHT = 14;
const AXIS = 22;

export function TimelineSection({ events }: { events: readonly TimelineEvent[] }) {
  const dated = events.filter((e) => dateToYear(e.date) !== null);
  const undated = events.filter((e) => dateToYear(e.date) === null);
  return (
    <PaneSection title="Timeline" count={events.length} testId="compare-timeline">
      {events.length === 0 ? <p className="compare-empty">No dates found.</p> : null}
      {dated.length > 0 ? <TimelineChart events={dated} /> : null}
      {dated.length > 0 ? <EventList events={dated} /> : null}
      {undated.length > 0 ? (
        <>
          <h4 className="compare-subheading">Year not given</h4>
          <EventList events={undated} />
        </>
      ) : null}
    </PaneSection>
  );
}

function TimelineChart({ events }: { events: readonly TimelineEvent[] }) {
  const { sources, focus } = useCompare();
  const years = events.map((e) => dateToYear(e.date)!);
  const from = Math.floor(Math.min(...years)) - 1;
  const to = Math.ceil(Math.max(...years)) + 1;
  const x = (year: number) => LEFT + ((year - from) / (to - from)) * (WIDTH - LEFT - RIGHT);
  const height = sources.length * LANE + AXIS;
  return (
    <svg className="timeline-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={`Timeline from ${from + 1} to ${to - 1}, one lane per source`}>
      {yearTicks(from, to).map((tick) => (
        <g key={tick} className="timeline-tick">
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={height - AXIS + 4} />
          <text x={x(tick)} y={height - 6} textAnchor="middle">
            {tick}
          </text>
        </g>
      ))}
      {sources.map((s, lane) => {
        const y = lane * LANE + LANE / 2;
        return (
          <g key={s.id}>
            <line className="timeline-lane" x1={LEFT} x2={WIDTH - RIGHT} y1={y} y2={y} />
            <circle cx={12} cy={y} r={8} style={{ fill: s.color }} />
            <text className="timeline-lane-letter" x={12} y={y + 4} textAnchor="middle">
              {s.letter}
            </text>
            {events
              .filter((e) => e.articleIds.includes(s.id))
              .map((e) => (
                <circle
                  key={e.date}
                  className="timeline-dot"
                  cx={x(dateToYear(e.date)!)}
                  cy={y}
                  r={6}
                  style={{ fill: s.color }}
                  {...clickable(() => focus(e.passages.filter((p) => p.articleId === s.id)), `${formatPartialDate(e.date)} in ${s.title}`)}
                >
                  <title>{`${formatPartialDate(e.date)} — ${s.title}`}</title>
                </circle>
              ))}
          </g>
        );
      })}
    </svg>
  );
}

function EventList({ events }: { events: readonly TimelineEvent[] }) {
  const { source, focus } = useCompare();
  return (
    // Not an <ol>: its entries are buttons, and a list may only hold list items.
    <div className="timeline-list">
      {events.map((e) => (
        // The whole entry answers a mouse click; its date is the button for keyboards.
        <div key={e.date} className="timeline-event is-clickable" onClick={() => focus(e.passages)}>
          <button
            type="button"
            className="timeline-date"
            title="Show in the columns"
            onClick={(ev) => {
              ev.stopPropagation();
              focus(e.passages);
            }}
          >
            {formatPartialDate(e.date)}
          </button>
          <SourceChips sources={e.articleIds.map(source)} />
          {e.passages[0] ? <PassageText text={e.passages[0].text} lines={2} /> : null}
        </div>
      ))}
    </div>
  );
}
