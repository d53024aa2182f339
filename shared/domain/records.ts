// Readiness snapshots, LLM feedback, mentor reviews received, and settings rows.

export interface ReadinessSnapshot {
  id: string;
  at: string;
  overall: number;
  layers: Record<string, number>;
  skills: Record<string, number>;
  roles: Record<string, number>;
}

export interface Feedback {
  id: string;
  kind: 'readiness-review' | 'mock-interview';
  inputHash: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  estimatedCostUsd: number;
  answer: unknown;
  createdAt: string;
}

export interface ReviewReceived {
  id: string;
  /** Content hash of the portfolio bundle the mentor reviewed. */
  bundleHash: string;
  mentorName: string;
  recommendation: string;
  comments: { itemId: string; text: string }[];
  scores: { rubricItemId: string; score: number }[];
  receivedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: string;
}
