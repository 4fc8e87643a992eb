namespace EGov.Platform.Audit;

/// <summary>Checks validly signed checkpoints, in size order, against the recomputed tree of the intact entries.</summary>
internal sealed class CheckpointChecks(MerkleTree tree, bool entriesIntact, List<AuditProblem> problems)
{
    private AuditCheckpoint? _previous;

    public void Check(AuditCheckpoint checkpoint)
    {
        var size = checkpoint.TreeSize;
        if (size > tree.Size)
        {
            // With a bad entry the tree stops there and that entry is already reported.
            if (entriesIntact)
            {
                problems.Add(new AuditProblem(tree.Size, "audit.entries_truncated",
                    $"检查点覆盖 {size} 条，但只有 {tree.Size} 条记录：第 {tree.Size} 条起缺失 / checkpoint covers {size} entries but only {tree.Size} exist: entries from {tree.Size} are missing"));
            }

            return;
        }

        var from = _previous?.TreeSize ?? 0;
        if (!tree.Root((int)size).AsSpan().SequenceEqual(checkpoint.RootHash))
        {
            // The rows were rewritten together with their leaf hashes; only the signed roots bound the place.
            problems.Add(new AuditProblem(from, "audit.checkpoint_root_mismatch",
                $"第 {from} 至 {size - 1} 条记录与签名检查点的根哈希不符 / entries {from} to {size - 1} do not match the signed checkpoint root"));
            return;
        }

        if (_previous is not null && !MerkleProofs.VerifyConsistency(
                _previous.TreeSize, size, _previous.RootHash, checkpoint.RootHash, tree.ConsistencyProof((int)_previous.TreeSize, (int)size)))
        {
            problems.Add(new AuditProblem(from, "audit.checkpoints_inconsistent",
                $"检查点 {_previous.TreeSize} 与 {size} 不一致 / checkpoints {_previous.TreeSize} and {size} are inconsistent"));
            return;
        }

        _previous = checkpoint;
    }
}
