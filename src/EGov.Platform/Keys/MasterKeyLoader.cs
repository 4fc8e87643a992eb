using System.Security.Cryptography;
using EGov.Platform.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace EGov.Platform.Keys;

/// <summary>
/// Finds the master key: the environment variable <c>EGOV_MASTER_KEY</c> (base64), else the key file, which is
/// created with mode 0600 on first start. With several nodes, give every node the same key through the variable.
/// </summary>
internal static class MasterKeyLoader
{
    public static MasterKey Load(IConfiguration configuration, KeysOptions options, string contentRoot, ILogger logger)
    {
        var fromEnvironment = configuration[KeysOptions.MasterKeyVariable];
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Decode(fromEnvironment, KeysOptions.MasterKeyVariable);
        }

        var path = string.IsNullOrWhiteSpace(options.MasterKeyFile)
            ? Path.Combine(DataPaths.Root(configuration, contentRoot), "keys", "master.key")
            : Path.GetFullPath(options.MasterKeyFile, contentRoot);
        if (!File.Exists(path) && TryCreate(path))
        {
            logger.LogWarning(
                "已生成新的主密钥并保存到 {Path}。请立即备份该文件（多节点部署请改用环境变量 {Variable}）；主密钥丢失后，已加密的私钥和个人信息将无法解密。"
                + " A new master key was generated and saved to {Path}. Back it up now (with several nodes, set {Variable} instead); if it is lost, encrypted private keys and personal data cannot be decrypted.",
                path, KeysOptions.MasterKeyVariable, path, KeysOptions.MasterKeyVariable);
        }

        WarnIfReadableByOthers(path, logger);
        return Decode(File.ReadAllText(path), path);
    }

    /// <returns>false when another process created the file first (its key is then used).</returns>
    private static bool TryCreate(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // Written under a temporary name and moved into place, so that no reader ever sees half a key.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var stream = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            stream.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, stream))
        {
            writer.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MasterKey.Size)));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }
    }

    private static void WarnIfReadableByOthers(string path, ILogger logger)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0)
        {
            logger.LogWarning("主密钥文件 {Path} 可被其他用户读取，请执行 chmod 600。The master key file {Path} is readable by other users; run chmod 600.", path, path);
        }
    }

    private static MasterKey Decode(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"主密钥（{source}）不是有效的 Base64。", e);
        }

        return key.Length == MasterKey.Size
            ? new MasterKey(key)
            : throw new InvalidOperationException($"主密钥（{source}）应为 {MasterKey.Size} 字节，实际为 {key.Length} 字节。");
    }
}
