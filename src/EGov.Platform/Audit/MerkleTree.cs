using System.Numerics;
using EGov.Platform.Crypto;

namespace EGov.Platform.Audit;

/// <summary>
/// The Merkle tree of RFC 9162 §2.1 over SM3 leaf hashes: MTH, inclusion proofs (§2.1.3) and consistency proofs (§2.1.4).
/// Built once over an immutable list of leaf hashes; complete aligned subtrees are cached, so any prefix's root
/// or proof costs O(log n) hashes after the O(n) build.
/// </summary>
internal sealed class MerkleTree
{
    private readonly List<byte[][]> _levels = [];

    public MerkleTree(IReadOnlyList<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        var level = leafHashes.ToArray();
        _levels.Add(level);
        while (level.Length > 1)
        {
            var parents = new byte[level.Length / 2][];
            for (var i = 0; i < parents.Length; i++)
            {
                parents[i] = HashChildren(level[2 * i], level[(2 * i) + 1]);
            }

            _levels.Add(parents);
            level = parents;
        }
    }

    public int Size => _levels[0].Length;

    /// <summary>MTH of the empty list: the hash of nothing.</summary>
    public static byte[] EmptyRoot { get; } = Sm3.Hash([]);

    public static byte[] HashLeaf(ReadOnlySpan<byte> leaf) => Hash(0x00, leaf, []);

    public static byte[] HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => Hash(0x01, left, right);

    public static byte[] RootOf(IReadOnlyList<byte[]> leafHashes) => new MerkleTree(leafHashes).Root();

    /// <summary>MTH of the first <paramref name="size"/> leaves (all leaves when omitted).</summary>
    public byte[] Root(int? size = null)
    {
        var n = size ?? Size;
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, Size);
        return n == 0 ? EmptyRoot : Subtree(0, n);
    }

    /// <summary>PATH(index, D[size]) of RFC 9162 §2.1.3.1, leaf to root.</summary>
    public IReadOnlyList<byte[]> InclusionProof(int index, int size)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        var proof = new List<byte[]>();
        Path(index, 0, size, proof);
        return proof;
    }

    /// <summary>PROOF(first, D[second]) of RFC 9162 §2.1.4.1; empty when first is 0 or equals second.</summary>
    public IReadOnlyList<byte[]> ConsistencyProof(int first, int second)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(second, Size);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, second);
        var proof = new List<byte[]>();
        if (first > 0)
        {
            SubProof(first, 0, second, true, proof);
        }

        return proof;
    }

    private void Path(int index, int start, int size, List<byte[]> proof)
    {
        if (size == 1)
        {
            return;
        }

        var k = LargestPowerOfTwoBelow(size);
        if (index < k)
        {
            Path(index, start, k, proof);
            proof.Add(Subtree(start + k, size - k));
        }
        else
        {
            Path(index - k, start + k, size - k, proof);
            proof.Add(Subtree(start, k));
        }
    }

    private void SubProof(int m, int start, int n, bool complete, List<byte[]> proof)
    {
        if (m == n)
        {
            if (!complete)
            {
                proof.Add(Subtree(start, n));
            }

            return;
        }

        var k = LargestPowerOfTwoBelow(n);
        if (m <= k)
        {
            SubProof(m, start, k, complete, proof);
            proof.Add(Subtree(start + k, n - k));
        }
        else
        {
            SubProof(m - k, start + k, n - k, false, proof);
            proof.Add(Subtree(start, k));
        }
    }

    // Every left subtree in the RFC's recursion is complete and aligned to its size, so it is in the cache.
    private byte[] Subtree(int start, int size)
    {
        if (BitOperations.IsPow2(size) && start % size == 0)
        {
            return _levels[BitOperations.Log2((uint)size)][start / size];
        }

        var k = LargestPowerOfTwoBelow(size);
        return HashChildren(Subtree(start, k), Subtree(start + k, size - k));
    }

    internal static int LargestPowerOfTwoBelow(int n) => 1 << BitOperations.Log2((uint)(n - 1));

    private static byte[] Hash(byte prefix, ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var buffer = new byte[1 + a.Length + b.Length];
        buffer[0] = prefix;
        a.CopyTo(buffer.AsSpan(1));
        b.CopyTo(buffer.AsSpan(1 + a.Length));
        return Sm3.Hash(buffer);
    }
}
