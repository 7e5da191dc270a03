/**
 * The popup's usage section (today's minutes per site, seven-day chart, limit). PLACEHOLDER, to be
 * implemented by the usage owner (issue 5); the popup calls it with an empty container.
 */
export async function renderUsageSection(container: HTMLElement): Promise<void> {
  void container;
}
