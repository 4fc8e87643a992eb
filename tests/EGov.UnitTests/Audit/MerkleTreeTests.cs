using EGov.Platform.Audit;
using EGov.Platform.Crypto;

namespace EGov.UnitTests.Audit;

public sealed class MerkleTreeTests
{
    private static readonly byte[][] Leaves = [.. Enumerable.Range(0, 20).Select(i => MerkleTree.HashLeaf([(byte)i]))];

    private static byte[] H(byte[] left, byte[] right) => MerkleTree.HashChildren(left, right);

    private static byte[] D(int i) => Leaves[i];

    [Fact]
    public void Empty_tree_root_is_sm3_of_nothing()
    {
        Assert.Equal("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b", Convert.ToHexStringLower(MerkleTree.RootOf([])));
    }

    [Fact]
    public void Leaf_and_node_hashes_are_domain_separated_as_rfc_9162_says()
    {
        Assert.Equal(Sm3.Hash([0x00, 0xAB]), MerkleTree.HashLeaf([0xAB]));
        Assert.Equal(Sm3.Hash([0x01, .. D(0), .. D(1)]), H(D(0), D(1)));
    }

    [Fact]
    public void Small_trees_have_the_shapes_computed_by_hand()
    {
        var tree = new MerkleTree(Leaves);
        Assert.Equal(D(0), tree.Root(1));
        Assert.Equal(H(D(0), D(1)), tree.Root(2));
        Assert.Equal(H(H(D(0), D(1)), D(2)), tree.Root(3));
        Assert.Equal(H(H(D(0), D(1)), H(D(2), D(3))), tree.Root(4));
        Assert.Equal(H(H(H(D(0), D(1)), H(D(2), D(3))), D(4)), tree.Root(5));
        Assert.Equal(H(H(H(D(0), D(1)), H(D(2), D(3))), H(H(D(4), D(5)), D(6))), tree.Root(7));
    }

    [Fact]
    public void Root_of_a_prefix_equals_root_of_a_tree_of_that_prefix()
    {
        var tree = new MerkleTree(Leaves);
        for (var n = 0; n <= Leaves.Length; n++)
        {
            Assert.Equal(MerkleTree.RootOf(Leaves[..n]), tree.Root(n));
        }
    }

    [Fact]
    public void Inclusion_proofs_for_every_leaf_of_every_size_up_to_20_verify()
    {
        var tree = new MerkleTree(Leaves);
        for (var n = 1; n <= 20; n++)
        {
            for (var i = 0; i < n; i++)
            {
                Assert.True(MerkleProofs.VerifyInclusion(i, n, D(i), tree.InclusionProof(i, n), tree.Root(n)), $"leaf {i} of {n}");
            }
        }
    }

    [Fact]
    public void Inclusion_proof_of_leaf_2_of_7_is_the_rfc_path()
    {
        var proof = new MerkleTree(Leaves).InclusionProof(2, 7);
        Assert.Equal([D(3), H(D(0), D(1)), H(H(D(4), D(5)), D(6))], proof);
    }

    [Fact]
    public void Tampered_inclusion_proofs_fail()
    {
        var tree = new MerkleTree(Leaves);
        for (var n = 2; n <= 20; n++)
        {
            for (var i = 0; i < n; i++)
            {
                var proof = tree.InclusionProof(i, n);
                var root = tree.Root(n);
                Assert.False(MerkleProofs.VerifyInclusion(i, n, D((i + 1) % n), proof, root));
                Assert.False(MerkleProofs.VerifyInclusion(i, n, D(i), proof.SkipLast(1).ToList(), root));
                Assert.False(MerkleProofs.VerifyInclusion(i, n, D(i), [.. proof, D(0)], root));
                for (var k = 0; k < proof.Count; k++)
                {
                    Assert.False(MerkleProofs.VerifyInclusion(i, n, D(i), Flip(proof, k), root), $"leaf {i} of {n}, element {k}");
                }
            }
        }
    }

    [Fact]
    public void Inclusion_proof_for_an_index_outside_the_tree_fails()
    {
        var tree = new MerkleTree(Leaves);
        Assert.False(MerkleProofs.VerifyInclusion(5, 5, D(4), tree.InclusionProof(4, 5), tree.Root(5)));
        Assert.False(MerkleProofs.VerifyInclusion(-1, 5, D(0), tree.InclusionProof(0, 5), tree.Root(5)));
    }

    [Fact]
    public void Consistency_proofs_for_every_pair_of_sizes_up_to_20_verify()
    {
        var tree = new MerkleTree(Leaves);
        for (var n = 0; n <= 20; n++)
        {
            for (var m = 0; m <= n; m++)
            {
                Assert.True(MerkleProofs.VerifyConsistency(m, n, tree.Root(m), tree.Root(n), tree.ConsistencyProof(m, n)), $"{m} to {n}");
            }
        }
    }

    [Fact]
    public void Consistency_proof_from_3_to_7_is_the_rfc_proof()
    {
        var proof = new MerkleTree(Leaves).ConsistencyProof(3, 7);
        Assert.Equal([D(2), D(3), H(D(0), D(1)), H(H(D(4), D(5)), D(6))], proof);
    }

    [Fact]
    public void Tampered_consistency_proofs_fail()
    {
        var tree = new MerkleTree(Leaves);
        for (var n = 2; n <= 20; n++)
        {
            for (var m = 1; m < n; m++)
            {
                var proof = tree.ConsistencyProof(m, n);
                Assert.False(MerkleProofs.VerifyConsistency(m, n, tree.Root(m), tree.Root(n), []));
                Assert.False(MerkleProofs.VerifyConsistency(m, n, tree.Root(m), tree.Root(n), proof.SkipLast(1).ToList()));
                Assert.False(MerkleProofs.VerifyConsistency(m, n, tree.Root(m - 1), tree.Root(n), proof), $"{m} to {n}, wrong first root");
                Assert.False(MerkleProofs.VerifyConsistency(m, n, tree.Root(m), tree.Root(n - 1), proof), $"{m} to {n}, wrong second root");
                for (var k = 0; k < proof.Count; k++)
                {
                    Assert.False(MerkleProofs.VerifyConsistency(m, n, tree.Root(m), tree.Root(n), Flip(proof, k)), $"{m} to {n}, element {k}");
                }
            }
        }
    }

    [Fact]
    public void A_rewritten_prefix_is_not_consistent_with_the_old_root()
    {
        var rewritten = Leaves.ToArray();
        rewritten[1] = MerkleTree.HashLeaf([0xFF]);
        var original = new MerkleTree(Leaves);
        var forged = new MerkleTree(rewritten);
        Assert.False(MerkleProofs.VerifyConsistency(4, 10, original.Root(4), forged.Root(10), forged.ConsistencyProof(4, 10)));
    }

    private static List<byte[]> Flip(IReadOnlyList<byte[]> proof, int index)
    {
        var copy = proof.Select(p => p.ToArray()).ToList();
        copy[index][0] ^= 0x01;
        return copy;
    }
}
