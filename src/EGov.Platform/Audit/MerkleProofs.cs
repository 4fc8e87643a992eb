namespace EGov.Platform.Audit;

/// <summary>Verification of inclusion and consistency proofs, step by step as RFC 9162 §2.1.3.2 and §2.1.4.2 say.</summary>
internal static class MerkleProofs
{
    public static bool VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (index < 0 || index >= size)
        {
            return false;
        }

        var fn = index;
        var sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleTree.HashChildren(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = MerkleTree.HashChildren(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }

    public static bool VerifyConsistency(long first, long second, ReadOnlySpan<byte> firstRoot, ReadOnlySpan<byte> secondRoot, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (first < 0 || first > second)
        {
            return false;
        }

        if (first == 0)
        {
            return proof.Count == 0 && firstRoot.SequenceEqual(MerkleTree.EmptyRoot);
        }

        if (first == second)
        {
            return proof.Count == 0 && firstRoot.SequenceEqual(secondRoot);
        }

        if (proof.Count == 0)
        {
            return false;
        }

        IReadOnlyList<byte[]> path = (first & (first - 1)) == 0 ? [firstRoot.ToArray(), .. proof] : proof;
        var fn = first - 1;
        var sn = second - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleTree.HashChildren(c, fr);
                sr = MerkleTree.HashChildren(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = MerkleTree.HashChildren(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return fr.AsSpan().SequenceEqual(firstRoot) && sr.AsSpan().SequenceEqual(secondRoot) && sn == 0;
    }
}
