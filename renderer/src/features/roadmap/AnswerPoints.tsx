// The points a strong answer to each "Check yourself" question covers, hidden until the person asks.
import type { LessonQuestion } from '../../../../shared/content/schema';

export function AnswerPoints({ questions }: { questions: LessonQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <details className="answer-points" data-testid="answer-points">
      <summary>Answer points for the questions above</summary>
      <ol>
        {questions.map((question) => (
          <li key={question.question}>
            <p>{question.question}</p>
            <ul>
              {question.answerPoints.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
