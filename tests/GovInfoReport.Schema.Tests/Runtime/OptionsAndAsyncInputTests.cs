using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using GovInfoReport.Schema.Validation;
using Xunit;

namespace GovInfoReport.Schema.Tests.Runtime;

/// <summary>
/// Every documented option value is accepted, anything else is refused when the options are made (issue 11:
/// <c>Validate(string)</c> with <c>MaxPayloadBytes = int.MaxValue</c> threw ArgumentOutOfRangeException), and
/// <c>ValidateAsync(Stream)</c> reads at most the limit plus one byte.
/// </summary>
public sealed class OptionsAndAsyncInputTests
{
    [Fact]
    public void TheLargestDocumentedValuesAreAcceptedAndWorkOnEveryInput()
    {
        var options = new ValidationOptions { MaxPayloadBytes = int.MaxValue, MaxDepth = ValidationOptions.MaxDepthLimit, MaxIssues = int.MaxValue };
        var text = Payload.Text(Payload.Fixture(Payload.CleanFixture));
        var bytes = Payload.Bytes(Payload.Fixture(Payload.CleanFixture));

        Assert.True(Payload.ValidateText(text, options).IsValid);
        Assert.True(Payload.Validate(bytes, options).IsValid);
        Assert.True(ReportValidator.Validate(new MemoryStream(bytes), options).IsValid);
        Assert.True(GovInfoReport.Schema.Templates.V2021.Report2021Validator.Validate(bytes, options).IsValid);
    }

    [Fact]
    public void TheSmallestDocumentedValuesAreAccepted()
    {
        var options = new ValidationOptions { MaxPayloadBytes = 1, MaxDepth = 1, MaxIssues = 1 };

        var result = Payload.ValidateText("{}", options);

        Assert.Equal(IssueIds.JsonSize, Assert.Single(result.Issues).RuleId);
    }

    [Theory]
    [InlineData(nameof(ValidationOptions.MaxPayloadBytes), 0)]
    [InlineData(nameof(ValidationOptions.MaxPayloadBytes), -1)]
    [InlineData(nameof(ValidationOptions.MaxDepth), 0)]
    [InlineData(nameof(ValidationOptions.MaxDepth), 1001)]
    [InlineData(nameof(ValidationOptions.MaxIssues), 0)]
    [InlineData(nameof(ValidationOptions.MaxIssues), int.MinValue)]
    public void AnUndocumentedValueIsRefusedWhenTheOptionsAreMade(string name, int value)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => name switch
        {
            nameof(ValidationOptions.MaxPayloadBytes) => new ValidationOptions { MaxPayloadBytes = value },
            nameof(ValidationOptions.MaxDepth) => new ValidationOptions { MaxDepth = value },
            _ => new ValidationOptions { MaxIssues = value },
        });

        Assert.Equal(name, exception.ParamName);
        Assert.Contains(name, exception.Message, StringComparison.Ordinal);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsyncReadsTheWholeBodyOfACleanReport()
    {
        var bytes = Payload.Bytes(Payload.Fixture(Payload.CleanFixture));
        using var stream = new TricklingStream(bytes, chunk: 333);

        var result = await ReportValidator.ValidateAsync(stream);

        Assert.True(result.IsValid, Payload.Describe(result));
        Assert.Null(result.Report);
        Assert.True(stream.AsyncReads > 1);
        Assert.Equal(0, stream.SyncReads);
        var read = await ReportValidator.ValidateAndReadAsync(new TricklingStream(bytes, chunk: 1000));
        Assert.Equal("河北省机关事务管理局", read.Report2021!.AgencyName);
    }

    [Fact]
    public async Task ValidateAsyncReadsAtMostTheLimitPlusOneByte()
    {
        var options = new ValidationOptions { MaxPayloadBytes = 10_000 };
        using var stream = new TricklingStream(new byte[50_000_000], chunk: 64 * 1024);

        var result = await ReportValidator.ValidateAsync(stream, options);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueIds.JsonSize, issue.RuleId);
        Assert.Equal(10_001, stream.BytesRead);
    }

    [Fact]
    public async Task ValidateAsyncHonoursCancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ReportValidator.ValidateAsync(new TricklingStream(new byte[100], 10), cancelled.Token));
    }

    /// <summary>A non-seekable stream that hands out at most <c>chunk</c> bytes per read and counts them.</summary>
    private sealed class TricklingStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public int BytesRead => _position;

        public int AsyncReads { get; private set; }

        public int SyncReads { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            SyncReads++;
            return Take(buffer.AsSpan(offset, count));
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AsyncReads++;
            return ValueTask.FromResult(Take(buffer.Span));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Take(Span<byte> destination)
        {
            var n = Math.Min(Math.Min(chunk, destination.Length), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(destination);
            _position += n;
            return n;
        }
    }
}
