using System.Text;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Offline;

namespace CrmSync.Core.Tests.Dedupe;

/// <summary>What <c>crmsync dedupe</c> reads: strict UTF-8 block by block, and records no longer than a limit.</summary>
public class CsvInputSafetyTests
{
    [Fact]
    public void Read_FieldOf50MegabytesOverTheLimit_StopsNearTheLimitAndNamesTheLine()
    {
        var stream = new EndlessFieldStream("id,email,notes\n1,a@x.com,short\n2,b@x.com,\"", 50_000_000);
        using var reader = new Utf8InputReader(stream);

        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(reader, new CsvImportOptions { MaxLineBytes = 1_000_000 }));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("longer than", error.Message);
        // Streaming: what was read past the limit is at most the reader's blocks, not the 50 MB field.
        Assert.True(stream.Position < 1_000_000 + 256 * 1024, $"read {stream.Position:N0} bytes");
    }

    [Fact]
    public void Read_HeaderOverTheLimit_NamesLineOne()
    {
        using var reader = new Utf8InputReader(new EndlessFieldStream("id,", 10_000_000));

        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(reader, new CsvImportOptions { MaxLineBytes = 4_096 }));

        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void Read_CharacterSplitAcrossBlocksAndByteOrderMark_DecodedExactly()
    {
        // "José" with its é (2 bytes) straddling the reader's 64 KB block boundary, after a byte-order mark.
        const string Start = "id,email,notes\n1,a@x.com,", End = "\n2,b@x.com,Jos";
        var prefix = Start + new string('x', 65_535 - 3 - Start.Length - End.Length) + End;
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(prefix + "é\n")).ToArray();
        Assert.Equal(0xC3, bytes[65_535]);

        using var reader = new Utf8InputReader(new MemoryStream(bytes));
        var text = reader.ReadToEnd();

        Assert.Equal(prefix + "é\n", text);
    }

    [Fact]
    public void Read_NulAfterTheFirstBlock_NamesItsLine()
    {
        var rows = string.Concat(Enumerable.Range(1, 10_000).Select(i => $"{i},p{i}@example.com\n"));
        using var reader = new Utf8InputReader(new MemoryStream(Encoding.UTF8.GetBytes($"id,email\n{rows}10001,q\0@example.com\n")));

        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(reader));

        Assert.Equal(10_002, error.LineNumber);
        Assert.Contains("NUL", error.Message);
    }

    [Fact]
    public void Read_Latin1Accent_IsInvalidUtf8OnItsLineNotBinary()
    {
        using var reader = new Utf8InputReader(new MemoryStream([.. "id,name\n1,Ana\n2,Ren"u8, 0xE9, .. "\n"u8]));

        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(reader));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("not valid UTF-8 (byte 0xE9)", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'i', 0, (byte)'d', 0 }, "UTF-16")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "not a text file")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "not a text file")]
    public void Read_NotUtf8Text_SaysWhatItIs(byte[] start, string expected)
    {
        using var reader = new Utf8InputReader(new MemoryStream([.. start, .. new byte[100]]));

        var error = Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(reader));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Read_RandomBytes_IsNotATextFile()
    {
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);
        bytes[0] = (byte)'i'; // no known signature: the content decides

        using var reader = new Utf8InputReader(new MemoryStream(bytes));

        Assert.Contains("not a text file", Assert.Throws<DedupeInputException>(() => DedupeCsvReader.Read(reader)).Message);
    }

    /// <summary>A prefix, then 'x' for <paramref name="length"/> bytes, generated as read (never held in memory).</summary>
    private sealed class EndlessFieldStream(string prefix, long length) : Stream
    {
        private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => _prefix.Length + length;
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, Length - Position);
            for (var i = 0; i < n; i++)
            {
                var at = Position + i;
                buffer[offset + i] = at < _prefix.Length ? _prefix[at] : (byte)'x';
            }

            Position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
