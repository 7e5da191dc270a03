import css from './styles.css?inline';

/** Styles of the inline indicator, highlights, panel and guard dialog (inside their shadow roots), minified by the build. */
export const STYLES: string = css;
