// Failed calls and gentle explanations, stacked in a corner until dismissed. Errors carry the
// core's human message only.
import { useNotices } from '../state/notices';
import { CloseIcon } from '../ui/icons';

export function NoticeStack() {
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notice-stack">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid={notice.kind === 'error' ? 'error-message' : 'info-message'}
        >
          <p>{notice.message}</p>
          {notice.action ? (
            <button
              type="button"
              className="button button-quiet notice-action"
              data-testid="notice-action"
              onClick={() => {
                notice.action!.run();
                dismiss(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
            <CloseIcon size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
