import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('writes plain text and numbers as they are', () => {
    expect(csvCell('Priya Raman')).toBe('Priya Raman');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(2.5)).toBe('2.5');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Raman, Priya')).toBe('"Raman, Priya"');
    expect(csvCell('Patellofemoral pain ("runner\'s knee")')).toBe(
      '"Patellofemoral pain (""runner\'s knee"")"',
    );
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x.test","click")')).toBe(
      `"'=HYPERLINK(""http://x.test"",""click"")"`,
    );
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
  });

  it('leaves a formula character inside the text alone', () => {
    expect(csvCell('Dana Whitfield-Smith')).toBe('Dana Whitfield-Smith');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('never prefixes a number, negative ones included', () => {
    expect(csvCell(-3)).toBe('-3');
  });

  it('refuses a number that is not finite rather than writing NaN', () => {
    expect(() => csvCell(Number.NaN)).toThrowError(RangeError);
  });
});

describe('toCsv', () => {
  it('ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('a,b\r\n1,\r\n');
  });
});
