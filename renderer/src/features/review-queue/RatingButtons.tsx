// Again / Hard / Good / Easy, each with when the card would come back, from the scheduler's preview.
import type { ReviewCardState, ReviewRating } from '../../../../shared/domain/review-cards';
import { describeInterval } from '../../../../shared/review-queue/describe-interval';
import { previewDue } from '../../../../shared/review-queue/scheduler';

const labels: Record<ReviewRating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
const ratings: ReviewRating[] = [1, 2, 3, 4];

export interface RatingButtonsProps {
  state: ReviewCardState | undefined;
  now: Date;
  disabled: boolean;
  onRate: (rating: ReviewRating) => void;
}

export function RatingButtons({ state, now, disabled, onRate }: RatingButtonsProps) {
  const due = previewDue(state, now);
  return (
    <fieldset className="form-actions" aria-describedby="rating-hint">
      <legend>How well did you recall it?</legend>
      {ratings.map((rating) => (
        <button
          key={rating}
          type="button"
          className={rating === 3 ? 'primary' : 'secondary'}
          disabled={disabled}
          onClick={() => onRate(rating)}
          aria-keyshortcuts={String(rating)}
        >
          {labels[rating]}{' '}
          <span className="small">
            ({rating}) · {describeInterval(now, due[rating])}
          </span>
        </button>
      ))}
      <p id="rating-hint" className="muted small">
        Press 1 to 4. The time on each button is when the card comes back.
      </p>
    </fieldset>
  );
}
