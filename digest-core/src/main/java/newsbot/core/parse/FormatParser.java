package newsbot.core.parse;

/** Reads the fields of one file format from decoded text (LF line ends). */
interface FormatParser {

    Extracted parse(String text) throws UnparseableFileException;
}
