namespace WarmeWijk.Api.Tests.Support;

/// <summary>Files of the repository the tests compare with or rewrite (snapshots, generated documents).</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding WarmeWijk.Api.sln, found upwards from the test output.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WarmeWijk.Api.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("WarmeWijk.Api.sln not found above the test output.");
    }
}
