import ArgMedSupport
import Testing

@Suite struct TextEscapingTests {
  @Test func terminalTextShowsControlsAndBidiControlsAsEscapes() {
    #expect(TextEscaping.terminal("a\nb\u{202E}c\u{85}é") == "a\\u{A}b\\u{202E}c\\u{85}é")
  }

  @Test func aTerminalLineHasSpacesForControlsAndNoneAround() {
    #expect(TextEscaping.terminalLine("\t ok\nthen\u{7F}\u{A0}") == "ok then")
  }

  @Test func xmlReadsBackAsItself() {
    #expect(TextEscaping.xml("<a & 'b'>\r\n\t\"") == "&lt;a &amp; &apos;b&apos;&gt;&#13;\n\t&quot;")
    #expect(
      TextEscaping.xml("a\r\n\tb", inAttribute: true) == "a&#13;&#10;&#9;b")
  }

  @Test func htmlEscapesEachSpecialCharacterEvenBeforeACombiningMark() {
    #expect(
      TextEscaping.html("<b class='x'>\"&\"</b>")
        == "&lt;b class=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/b&gt;")
    // A quote followed by a combining mark is one Character, but a quote
    // to an HTML parser.
    #expect(TextEscaping.html("\"\u{301}") == "&quot;\u{301}")
  }

  @Test func dotStringsCannotSpellGraphvizEscapesAndAreCut() {
    #expect(TextEscaping.dotString("a\\n\"&\n\u{202E}b", limit: 100) == "a\\\\n\\\"&amp; b")
    #expect(TextEscaping.dotString("abcdef", limit: 3) == "abc…")
    #expect(TextEscaping.dotString("ab\u{202E}", limit: 3) == "ab")
  }

  @Test func theCharacterClasses() {
    let controls: [Unicode.Scalar] = ["\u{0}", "\u{1F}", "\u{7F}", "\u{9F}"]
    #expect(controls.allSatisfy { $0.isControl })
    #expect(!Unicode.Scalar("\u{A0}").isControl)
    let bidi: [Unicode.Scalar] = ["\u{61C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{2069}"]
    #expect(bidi.allSatisfy { $0.isBidiControl })
    #expect(!Unicode.Scalar("\u{200B}").isBidiControl)
    let invisible: [Unicode.Scalar] = ["\u{200B}", "\u{2028}", "\u{2060}", "\u{FEFF}"]
    #expect(invisible.allSatisfy { $0.isInvisibleFormatting })
  }
}
