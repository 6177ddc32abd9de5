/**
 * Loads a classic script by adding a `<script>` element: unlike `import()`, fetch() and module
 * scripts, this works on pages opened from disk (file://). Resolves when it has run.
 *
 * @example
 * await loadScript('assets/pdf-0123456789.js');
 */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = src;
    el.async = true;
    el.onload = () => {
      el.remove();
      resolve();
    };
    el.onerror = () => {
      el.remove();
      reject(new Error(`could not load ${src}`));
    };
    document.head.appendChild(el);
  });
}
