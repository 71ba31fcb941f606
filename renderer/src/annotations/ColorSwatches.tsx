// The five highlight colours as a row of buttons.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations';

export const COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

export function ColorSwatches({ current, onPick }: { current?: HighlightColor; onPick: (color: HighlightColor) => void }) {
  return (
    <div className="swatches" role="group" aria-label="Highlight colour">
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch-${color}`}
          data-testid={`highlight-color-${color}`}
          aria-label={`${COLOR_NAMES[color]} highlight`}
          aria-pressed={current ? current === color : undefined}
          title={COLOR_NAMES[color]}
          // Keep the text selection alive while the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}
