/** Saves text as a file: a Blob behind a temporary object URL and a temporary <a download>. */
export function downloadText(text: string, filename: string, type: string, doc: Document = document): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start reading the URL only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
