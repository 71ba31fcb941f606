// Tags shown as small chips. With `onPick`, each chip is a button (the Notes view filters by it).
interface Props {
  tags: readonly string[];
  onPick?: (tag: string) => void;
  /** The tag the view is filtered by, shown pressed. */
  active?: string | null;
}

export function TagChips({ tags, onPick, active }: Props) {
  if (!tags.length) return null;
  return (
    <span className="tag-chips" data-testid="tag-chips">
      {tags.map((tag) =>
        onPick ? (
          <button
            key={tag}
            type="button"
            className="tag-chip"
            data-testid="tag-chip"
            data-tag={tag}
            aria-pressed={active?.toLowerCase() === tag.toLowerCase()}
            title={`Show everything tagged #${tag}`}
            onClick={(e) => {
              e.stopPropagation();
              onPick(tag);
            }}
          >
            #{tag}
          </button>
        ) : (
          <span key={tag} className="tag-chip" data-testid="tag-chip" data-tag={tag}>
            #{tag}
          </span>
        ),
      )}
    </span>
  );
}
