using System.Buffers;
using System.Text.Json;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>
/// Splits a GeoJSON FeatureCollection into its features while reading the stream, so that only the current feature
/// (and the read buffer around it) is in memory. Checks the collection's <c>type</c> and remembers its <c>crs</c>.
/// </summary>
/// <remarks>
/// A <see cref="Utf8JsonReader"/> cannot live across calls, so each call starts one from the saved
/// <see cref="JsonReaderState"/> at the last fully processed token; when a value is cut off by the end of the buffer,
/// the buffer is refilled (and grown, for a feature larger than it) and the call resumes from that token.
/// </remarks>
internal sealed class GeoJsonFeatureReader(Stream stream) : IDisposable
{
    private enum Phase
    {
        Document,
        Root,
        Features,
        Done,
    }

    private enum Step
    {
        Feature,
        End,
        NeedMoreData,
    }

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _start;
    private int _end;
    private bool _isFinalBlock;
    private long _consumed;
    private long _lineBreaks;
    private JsonReaderState _state;
    private int _committed;
    private Phase _phase;

    public bool IsFeatureCollection { get; private set; }

    /// <summary>The name in the collection's (pre-2016) <c>crs</c> member, such as <c>urn:ogc:def:crs:EPSG::31370</c>.</summary>
    public string? CoordinateSystem { get; private set; }

    public long BytesRead => _consumed;

    /// <summary>
    /// Reads the next feature: its JSON bytes, valid until the next call, and the 1-based line it starts on.
    /// </summary>
    /// <exception cref="JsonException">The file is not well-formed JSON.</exception>
    /// <exception cref="InvalidDataException">The file is empty or not a FeatureCollection.</exception>
    public bool TryRead(out ReadOnlyMemory<byte> feature, out long line)
    {
        while (true)
        {
            if (_isFinalBlock && _consumed == 0 && _start == _end)
            {
                throw new InvalidDataException("The file is empty.");
            }

            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _isFinalBlock, _state);
            _committed = 0;
            var step = Advance(ref reader, out var featureStart);
            if (step == Step.Feature)
            {
                line = _lineBreaks + _buffer.AsSpan(_start, featureStart).Count((byte)'\n') + 1;
                feature = _buffer.AsMemory(_start + featureStart, _committed - featureStart);
                Consume(_committed);
                return true;
            }

            Consume(_committed);
            if (step == Step.End)
            {
                (feature, line) = (default, 0);
                return false;
            }

            if (_isFinalBlock)
            {
                // The reader throws on JSON cut off by the end of the data; this guards against reading on forever.
                throw new JsonException("The JSON ends too early.");
            }

            Fill();
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private Step Advance(ref Utf8JsonReader reader, out int featureStart)
    {
        featureStart = 0;
        while (reader.Read())
        {
            switch (_phase)
            {
                case Phase.Document when reader.TokenType != JsonTokenType.StartObject:
                    throw new InvalidDataException("The file is not a GeoJSON FeatureCollection: it does not hold a JSON object.");
                case Phase.Document:
                    _phase = Phase.Root;
                    break;
                case Phase.Root when reader.TokenType == JsonTokenType.EndObject:
                    _phase = Phase.Done;
                    break;
                case Phase.Root:
                    if (!TryReadMember(ref reader))
                    {
                        return Step.NeedMoreData;
                    }

                    break;
                case Phase.Features when reader.TokenType == JsonTokenType.EndArray:
                    _phase = Phase.Root;
                    break;
                case Phase.Features:
                    var start = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        return Step.NeedMoreData;
                    }

                    Commit(ref reader);
                    featureStart = start;
                    return Step.Feature;
            }

            Commit(ref reader);
        }

        return _phase == Phase.Done ? Step.End : Step.NeedMoreData;
    }

    // Reads a member of the collection object: false when its value is not complete in the buffer yet.
    private bool TryReadMember(ref Utf8JsonReader reader)
    {
        var name = reader.GetString();
        if (!reader.Read())
        {
            return false;
        }

        switch (name)
        {
            case "type":
                if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals("FeatureCollection"u8))
                {
                    var type = reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.TokenType.ToString();
                    throw new InvalidDataException($"The file is a GeoJSON '{type}', not a FeatureCollection.");
                }

                IsFeatureCollection = true;
                return true;
            case "features":
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new InvalidDataException("The member 'features' is not an array.");
                }

                _phase = Phase.Features;
                return true;
            case "crs":
                var start = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    return false;
                }

                using (var crs = JsonDocument.Parse(_buffer.AsMemory(_start + start, (int)reader.BytesConsumed - start)))
                {
                    CoordinateSystem = crs.RootElement is { ValueKind: JsonValueKind.Object } root
                        && root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                        && properties.TryGetProperty("name", out var crsName) && crsName.ValueKind == JsonValueKind.String
                            ? crsName.GetString()
                            : null;
                }

                return true;
            default:
                return reader.TrySkip();
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _committed = (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private void Consume(int count)
    {
        _lineBreaks += _buffer.AsSpan(_start, count).Count((byte)'\n');
        _consumed += count;
        _start += count;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            (_end, _start) = (_end - _start, 0);
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _isFinalBlock = read == 0;
        if (_consumed == 0 && _buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
        {
            Consume(3);
        }
    }
}
