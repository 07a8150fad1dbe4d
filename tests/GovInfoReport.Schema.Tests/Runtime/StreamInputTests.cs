using System;
using System.IO;
using System.Text;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>The <see cref="Stream"/> and <see cref="string"/> overloads give exactly the result of the byte overload
/// on the same payload, however the stream delivers its bytes.</summary>
public sealed class StreamInputTests
{
    public static TheoryData<string> Payloads => new()
    {
        Payload.Fixture2019,
        Payload.Fixture2021,
        Payload.CleanFixture,
        "bad:syntax",
        "bad:structure",
        "bad:large",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void StreamGivesTheResultOfTheBytes(string name)
    {
        var bytes = BytesOf(name);
        var expected = Payload.Validate(bytes);

        foreach (var stream in new Stream[] { new MemoryStream(bytes), new TrickleStream(bytes) })
        {
            var actual = Payload.Run(() => ReportValidator.ValidateAndRead(stream));
            AssertSameResult(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void TextGivesTheResultOfTheBytes(string name)
    {
        var bytes = BytesOf(name);

        AssertSameResult(Payload.Validate(bytes), Payload.ValidateText(Encoding.UTF8.GetString(bytes)));
    }

    [Fact]
    public void StreamWithTheLargestLimitIsRead()
    {
        // Regression: the stream overload computed MaxPayloadBytes + 1, which overflowed for int.MaxValue and threw.
        var bytes = Payload.Bytes(Payload.Fixture(Payload.CleanFixture));

        var result = Payload.Run(() => ReportValidator.Validate(new MemoryStream(bytes), new ValidationOptions { MaxPayloadBytes = int.MaxValue }));

        Assert.Same(ValidationResult.Clean, result.Validation);
    }

    [Fact]
    public void StreamWithInvalidOptionsThrowsTheOptionsError()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ReportValidator.Validate(new MemoryStream([1]), new ValidationOptions { MaxPayloadBytes = -5 }));

        Assert.Equal(nameof(ValidationOptions.MaxPayloadBytes), exception.ParamName);
    }

    private static byte[] BytesOf(string name) => name switch
    {
        "bad:syntax" => Encoding.UTF8.GetBytes(Payload.Text(Payload.Fixture(Payload.CleanFixture)) + "\n]"),
        "bad:structure" => Payload.Bytes(Payload.With(Payload.Fixture2019, "/applications/outcomes/total/naturalPersons", -1)),
        // Past the stream overload's first 64 KiB buffer, so that it has to grow.
        "bad:large" => Payload.Bytes(Payload.With(Payload.Fixture2021, "/overview", new string('文', 70_000))),
        _ => Payload.Bytes(Payload.Fixture(name)),
    };

    private static void AssertSameResult(ReportValidationResult expected, ReportValidationResult actual)
    {
        Assert.Equal(expected.TemplateVersion, actual.TemplateVersion);
        Assert.Equal(expected.Issues, actual.Issues);
        Assert.Equal(expected.Validation.ErrorCount, actual.Validation.ErrorCount);
        Assert.Equal(expected.Validation.WarningCount, actual.Validation.WarningCount);
        Assert.Equal(expected.Validation.IsTruncated, actual.Validation.IsTruncated);
        Assert.Equal(expected.Report, actual.Report);
    }

    /// <summary>A non-seekable stream that hands out 1 to 7 bytes per read.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1 + (_position % 7)), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
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
