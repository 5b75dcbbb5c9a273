import { describe, expect, it } from 'vitest';
import { closesElement, opensHiddenElement, textOfRawHtml } from '../../shared/text/rawHtml';

describe('raw HTML in Markdown keeps its words', () => {
  it('drops a script element with its code and keeps the text after it', () => {
    expect(textOfRawHtml("<script>alert('x')</script> Tekst na het script blijft staan.")).toBe(' Tekst na het script blijft staan.');
    expect(textOfRawHtml('<STYLE type="text/css">body{display:none}</STYLE>Zichtbaar')).toBe('Zichtbaar');
  });

  it('drops other tags and comments but keeps their text', () => {
    expect(textOfRawHtml('<div onmouseover="alert(1)">beweeg <b>hier</b>over</div><!-- weg -->')).toBe('beweeg hierover');
    expect(textOfRawHtml('<img src="x" onerror="alert(1)">')).toBe('');
  });

  it('treats everything after an unclosed script as its content', () => {
    expect(textOfRawHtml('Voor <script>alert(1) en de rest')).toBe('Voor ');
    expect(opensHiddenElement('<script type="module">')).toBe('script');
    expect(opensHiddenElement('<script>x</script>')).toBeNull();
    expect(closesElement('</SCRIPT >', 'script')).toBe(true);
  });
});
