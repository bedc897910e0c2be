import type { CheckReport, FileResult, Finding } from '../types.js';

/** The JSON contract of DESIGN.md: internal offsets and fixes are left out. */
function publicFinding(finding: Finding): Omit<Finding, 'start' | 'end' | 'fix' | 'messageId'> {
  const { start: _start, end: _end, fix: _fix, messageId: _messageId, ...rest } = finding;
  return rest;
}

function publicFile(file: FileResult): FileResult {
  return { ...file, findings: file.findings.map(publicFinding) };
}

export function formatJson(report: CheckReport): string {
  const { tool, version, schemaVersion, files, summary } = report;
  return `${JSON.stringify({ tool, version, schemaVersion, files: files.map(publicFile), summary }, null, 2)}\n`;
}
