using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Audit;

/// <summary>
/// Checks the whole log: each sealed row against its leaf hash (a changed row), sequences 0..N-1 (a deleted or
/// reordered row), each checkpoint's SM2 signature, its root against the recomputed tree, and consistency between
/// consecutive checkpoints (RFC 9162 §2.1.4). Read-only.
/// </summary>
internal sealed class AuditVerifier(EGovDbContext db, IKeyStore keys)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var problems = new List<AuditProblem>();
        var leaves = await VerifyEntriesAsync(problems, cancellationToken);
        var entriesIntact = problems.Count == 0;
        var sealedCount = await db.Set<AuditEntry>().LongCountAsync(e => e.Sequence != null, cancellationToken);
        var pending = await db.Set<AuditEntry>().LongCountAsync(e => e.Sequence == null, cancellationToken);
        var checkpoints = await db.Set<AuditCheckpoint>().AsNoTracking()
            .OrderBy(c => c.TreeSize).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var checker = new CheckpointChecks(new MerkleTree(leaves), entriesIntact, problems);
        foreach (var checkpoint in checkpoints)
        {
            if (await SignatureProblemAsync(checkpoint, cancellationToken) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            checker.Check(checkpoint);
        }

        return new AuditVerification(sealedCount, pending, checkpoints.Count, checkpoints.LastOrDefault(), problems);
    }

    /// <returns>The recomputed leaf hashes of the intact prefix; stops at the first bad entry.</returns>
    private async Task<List<byte[]>> VerifyEntriesAsync(List<AuditProblem> problems, CancellationToken cancellationToken)
    {
        var leaves = new List<byte[]>();
        var rows = db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence != null).OrderBy(e => e.Sequence);
        await foreach (var entry in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            long expected = leaves.Count;
            var sequence = entry.Sequence!.Value;
            if (sequence != expected)
            {
                problems.Add(sequence > expected
                    ? new AuditProblem(expected, "audit.entry_missing", $"第 {expected} 条记录缺失（已被删除）/ entry {expected} is missing (deleted)")
                    : new AuditProblem(sequence, "audit.entry_duplicated", $"第 {sequence} 条记录重复 / entry {sequence} appears twice"));
                break;
            }

            var hash = AuditLeaf.Hash(entry, sequence);
            if (entry.LeafHash is null || !hash.AsSpan().SequenceEqual(entry.LeafHash))
            {
                problems.Add(new AuditProblem(sequence, "audit.entry_changed",
                    $"第 {sequence} 条记录与其叶哈希不符（已被修改或调换）/ entry {sequence} does not match its leaf hash (changed or reordered)"));
                break;
            }

            leaves.Add(hash);
        }

        return leaves;
    }

    private async Task<AuditProblem?> SignatureProblemAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var key = await keys.FindPublicKeyAsync(checkpoint.KeyId, cancellationToken);
        var valid = key is not null && Sm2.Verify(key.PublicKey, checkpoint.SignedText(), checkpoint.Signature);
        return valid
            ? null
            : new AuditProblem(null, "audit.checkpoint_signature_invalid",
                $"覆盖 {checkpoint.TreeSize} 条的检查点签名无效（伪造或被修改）/ checkpoint of size {checkpoint.TreeSize} has an invalid signature (forged or altered)");
    }
}
