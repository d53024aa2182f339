// Keyboard-first reviewing: Space shows the answer points, 1 to 4 rate, U takes back the last rating.
import { useEffect } from 'react';
import type { ReviewRating } from '../../../../shared/domain/review-cards';

export interface ReviewKeyHandlers {
  revealed: boolean;
  reveal: () => void;
  rate: (rating: ReviewRating) => void;
  undo: (() => void) | null;
}

const ratingKeys: Record<string, ReviewRating> = { '1': 1, '2': 2, '3': 3, '4': 4 };

function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
}

export function useReviewKeys(enabled: boolean, handlers: ReviewKeyHandlers): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      if (document.querySelector('[role="dialog"]')) return;
      const onCheckbox = (event.target as HTMLInputElement | null)?.type === 'checkbox';
      if (typingIn(event.target) && !onCheckbox) return;
      const rating = ratingKeys[event.key];
      if (event.key === ' ' && !handlers.revealed) {
        event.preventDefault();
        handlers.reveal();
      } else if (rating && handlers.revealed) {
        event.preventDefault();
        handlers.rate(rating);
      } else if (event.key.toLowerCase() === 'u' && handlers.undo) {
        event.preventDefault();
        handlers.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, handlers]);
}
