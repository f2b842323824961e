using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CrmSync.Core.Text;

/// <summary>
/// Reads an export as strict UTF-8, one block at a time (memory stays at two 64 KB buffers whatever the file):
/// invalid UTF-8 and NUL characters are <see cref="TextInputException"/>s naming the physical line, and a file that
/// looks binary (a NUL byte, or mostly control bytes, in its first block) is "not a text file". A UTF-8 byte-order
/// mark is skipped; UTF-16 is refused with how to save the export instead.
/// </summary>
public sealed class Utf8InputReader(Stream stream, bool leaveOpen = false) : TextReader
{
    private const int BlockSize = 64 * 1024;

    /// <summary>How much of the start is looked at to tell text from binary (as git does, 8,000 bytes or so).</summary>
    private const int SniffSize = 8 * 1024;

    private readonly byte[] _bytes = new byte[BlockSize];
    private readonly char[] _chars = new char[BlockSize];
    private int _byteCount;
    private int _charPos;
    private int _charCount;
    private long _line = 1;
    private bool _started;
    private bool _end;

    public override int Peek() => _charPos < _charCount || Fill() ? _chars[_charPos] : -1;

    public override int Read() => _charPos < _charCount || Fill() ? _chars[_charPos++] : -1;

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
            stream.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Decodes the next block; false at the end of the input.</summary>
    private bool Fill()
    {
        while (true)
        {
            if (!_end)
            {
                var minimum = _started ? 1 : Math.Min(SniffSize, _bytes.Length - _byteCount);
                var read = stream.ReadAtLeast(_bytes.AsSpan(_byteCount), minimum, throwOnEndOfStream: false);
                _byteCount += read;
                _end = read < minimum;
            }

            var offset = _started ? 0 : Start();
            _started = true;
            var status = Utf8.ToUtf16(_bytes.AsSpan(offset, _byteCount - offset), _chars, out var bytesRead, out var written,
                replaceInvalidSequences: false, isFinalBlock: _end);
            var decoded = _chars.AsSpan(0, written);
            if (status == OperationStatus.InvalidData)
            {
                throw new TextInputException(
                    $"Line {_line + decoded.Count('\n')}: not valid UTF-8 (byte 0x{_bytes[offset + bytesRead]:X2}); save the export as UTF-8 (in Excel: CSV UTF-8) and run again.",
                    _line + decoded.Count('\n'));
            }

            if (decoded.IndexOf('\0') is var nul and >= 0)
            {
                var line = _line + decoded[..nul].Count('\n');
                throw new TextInputException($"Line {line}: a NUL character; the file is damaged or not a CSV export.", line);
            }

            _line += decoded.Count('\n');
            var used = offset + bytesRead;
            _bytes.AsSpan(used, _byteCount - used).CopyTo(_bytes);
            _byteCount -= used;
            _charPos = 0;
            _charCount = written;
            if (written > 0)
                return true;
            if (_end)
                return false;
        }
    }

    /// <summary>Checks the first block; returns the bytes to skip (a byte-order mark).</summary>
    private int Start()
    {
        var head = _bytes.AsSpan(0, _byteCount);
        if (head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            throw new TextInputException("The input is UTF-16 text; save the export as UTF-8 (in Excel: CSV UTF-8) and run again.", 1);

        var sniff = head[..Math.Min(head.Length, SniffSize)];
        if (IsBinary(sniff, out var evidence))
            throw new TextInputException($"The input is not a text file ({evidence}); export the CRM records as CSV (UTF-8).", 1);

        return head is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
    }

    /// <summary>
    /// A known binary signature (spreadsheet, archive, PDF, image), or more than 30% of the first bytes that no text
    /// holds (control bytes, NULs, invalid UTF-8). A text export with a stray NUL or a Latin-1 accent is not binary:
    /// it gets an error naming the line instead.
    /// </summary>
    private static bool IsBinary(ReadOnlySpan<byte> sniff, out string evidence)
    {
        evidence = sniff switch
        {
            [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive, e.g. an .xlsx workbook",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "an Office document, e.g. an .xls workbook",
            [0x25, 0x50, 0x44, 0x46, ..] => "a PDF document",
            [0x1F, 0x8B, ..] => "a gzip archive",
            [0x89, 0x50, 0x4E, 0x47, ..] or [0xFF, 0xD8, 0xFF, ..] or [0x47, 0x49, 0x46, 0x38, ..] => "an image",
            _ => "",
        };
        if (evidence.Length > 0)
            return true;

        var suspicious = 0;
        for (var i = 0; i < sniff.Length;)
        {
            var status = Rune.DecodeFromUtf8(sniff[i..], out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData)
                break;
            if (status == OperationStatus.InvalidData || (rune.Value is < 0x20 and not ('\t' or '\n' or '\r' or '\f')) || rune.Value == 0x7F)
                suspicious += consumed;
            i += consumed;
        }

        evidence = $"{suspicious} of its first {sniff.Length} bytes are control bytes or not UTF-8";
        return suspicious * 10 > sniff.Length * 3;
    }
}
