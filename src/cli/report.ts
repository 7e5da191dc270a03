import type { Analysis } from '../detect';

/** A readable report of one draft's analysis, for the terminal. */
export function formatReport(text: string, analysis: Analysis, adviceFor: (category: string) => string[] = () => []): string {
  const lines: string[] = [];
  const verdict = analysis.risk === 'high' || analysis.risk === 'medium' ? 'would warn before posting' : 'would not warn';
  lines.push(`Risk: ${analysis.risk} (${verdict})`);
  if (analysis.findings.length === 0) {
    lines.push('No patient-identifying details or other risks found.');
    return lines.join('\n');
  }
  lines.push('');
  for (const finding of analysis.findings) {
    const { line, column } = position(text, finding.start);
    const excerpt = text.slice(finding.start, finding.end).replace(/\s+/g, ' ');
    const shown = excerpt.length > 60 ? `${excerpt.slice(0, 57)}...` : excerpt;
    lines.push(`- ${finding.category} (${finding.severity}) at ${line}:${column}: "${shown}"`);
    lines.push(`  ${finding.reason}`);
  }
  const categories = [...new Set(analysis.findings.map((f) => f.category))];
  const advice = categories.flatMap((category) => adviceFor(category).map((item) => `- ${item}`));
  if (advice.length > 0) lines.push('', 'What to do:', ...advice);
  return lines.join('\n');
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
