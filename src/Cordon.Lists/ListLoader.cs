using Cordon.Core;

namespace Cordon.Lists;

/// <summary>
/// Turns a path (a file, an archive or a folder) into list snapshots, recognising each list's format by content.
/// A folder whose files together form one list (the OFAC CSV set) is one snapshot; otherwise every file and
/// sub-folder is looked at on its own and what is not recognised is reported as a warning.
/// </summary>
/// <remarks>Stateless and thread-safe: every call gets its own size budget (see <see cref="ListLoaderLimits"/>).</remarks>
public sealed class ListLoader
{
    private readonly IReadOnlyList<IListReader> readers;
    private readonly ListLoaderLimits limits;

    /// <summary>Creates a loader trying <paramref name="readers"/> in order.</summary>
    /// <param name="readers">The formats to recognise, usually <see cref="ListReaders.All"/>.</param>
    /// <param name="limits">Archive and size caps; the defaults when null.</param>
    public ListLoader(IReadOnlyList<IListReader> readers, ListLoaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        this.readers = readers;
        this.limits = limits ?? new ListLoaderLimits();
    }

    /// <summary>The archive and size caps in force.</summary>
    public ListLoaderLimits Limits => limits;

    /// <summary>A loader for every format Cordon knows, with the default limits.</summary>
    public static ListLoader Default { get; } = new(ListReaders.All);

    /// <summary>Reads every list found at <paramref name="path"/>.</summary>
    /// <param name="path">A list file (plain, gzip or zip) or a folder.</param>
    /// <returns>The snapshots and the warnings about skipped files.</returns>
    /// <exception cref="ListFormatException">
    /// Nothing at the path is a recognised list, a file is empty or broken, or an archive is unsafe.
    /// </exception>
    public ListLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var unpacker = new SourceFileUnpacker(limits);
        var snapshots = new List<ListSnapshot>();
        var warnings = new List<string>();
        if (Directory.Exists(path))
        {
            LoadFolder(path, unpacker, snapshots, warnings);
            if (snapshots.Count == 0)
            {
                throw NotRecognised(path, warnings);
            }
        }
        else if (File.Exists(path))
        {
            var file = ReadFile(path, unpacker);
            LoadSingle(file, unpacker, snapshots, warnings);
        }
        else
        {
            throw new ListFormatException(path, null, "no such file or folder");
        }

        return new ListLoadResult(snapshots, warnings);
    }

    /// <summary>Reads the lists in one file already in memory (an upload, a download).</summary>
    /// <param name="file">The file; <see cref="SourceFile.Name"/> is used in messages and to tell OFAC SDN from non-SDN files.</param>
    /// <returns>The snapshots and the warnings about skipped archive entries.</returns>
    /// <exception cref="ListFormatException">The file is empty, broken, unsafe or not a recognised list.</exception>
    public ListLoadResult Load(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var unpacker = new SourceFileUnpacker(limits);
        unpacker.Charge(file.Name, file.Content.Length);
        var snapshots = new List<ListSnapshot>();
        var warnings = new List<string>();
        LoadSingle(file, unpacker, snapshots, warnings);
        return new ListLoadResult(snapshots, warnings);
    }

    /// <summary>
    /// Reads the lists in files already in memory (an upload of one or several files, such as the OFAC CSV set): they are
    /// grouped as the files of one folder are. Their names are what messages and the stored versions show, so give file
    /// names, never server paths.
    /// </summary>
    /// <param name="files">The files.</param>
    /// <returns>The snapshots and the warnings about skipped files.</returns>
    /// <exception cref="ListFormatException">A file is empty, broken or unsafe, or none is a recognised list.</exception>
    public ListLoadResult Load(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new ListFormatException("(no file)", null, "no file was given");
        }

        if (files.Count == 1)
        {
            return Load(files[0]);
        }

        var unpacker = new SourceFileUnpacker(limits);
        var snapshots = new List<ListSnapshot>();
        var warnings = new List<string>();
        var unpacked = new List<SourceFile>();
        foreach (var file in files)
        {
            unpacker.Charge(file.Name, file.Content.Length);
            unpacked.AddRange(unpacker.Unpack(file).Where(f => !IsBlank(f)));
        }

        LoadGroup(unpacked, snapshots, warnings);
        if (snapshots.Count == 0)
        {
            throw NotRecognised(string.Join(", ", files.Select(f => f.Name)), warnings);
        }

        return new ListLoadResult(snapshots, warnings);
    }

    /// <summary>
    /// Reads a file with the reader given instead of recognising its format: for formats that cannot be recognised by
    /// content, such as a user's own CSV list with a column mapping. Archives are opened, the limits apply, and records
    /// the reader skips are reported or refuse the version as for every other format.
    /// </summary>
    /// <param name="path">A file (plain, gzip or a zip holding one file).</param>
    /// <param name="reader">The reader to use.</param>
    /// <returns>The one snapshot and the warnings about skipped records.</returns>
    /// <exception cref="ListFormatException">The file is missing, empty, unsafe or broken, or too many records are unreadable.</exception>
    public ListLoadResult Load(string path, IListReader reader)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(reader);
        if (!File.Exists(path))
        {
            throw new ListFormatException(path, null, "no such file");
        }

        var unpacker = new SourceFileUnpacker(limits);
        var file = ReadFile(path, unpacker);
        if (IsBlank(file))
        {
            throw new ListFormatException(path, null, "the file is empty");
        }

        var files = unpacker.Unpack(file).Where(f => !IsBlank(f)).ToList();
        var warnings = new List<string>();
        return new ListLoadResult([Accept(reader.Read(files), warnings)], warnings);
    }

    /// <summary>The reader that recognises <paramref name="files"/> as one list, or null.</summary>
    /// <param name="files">One file, or the files of one folder or archive.</param>
    /// <returns>The first reader whose <see cref="IListReader.CanRead"/> accepts the files.</returns>
    public IListReader? Detect(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 0 ? null : readers.FirstOrDefault(r => r.CanRead(files));
    }

    private static SourceFile ReadFile(string path, SourceFileUnpacker unpacker)
    {
        var info = new FileInfo(path);
        unpacker.Charge(path, info.Length);
        return new SourceFile(path, File.ReadAllBytes(path));
    }

    private static bool IsBlank(SourceFile file)
    {
        foreach (var b in file.Content.Span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x1A or 0xEF or 0xBB or 0xBF))
            {
                return false;
            }
        }

        return true;
    }

    private void LoadSingle(SourceFile file, SourceFileUnpacker unpacker, List<ListSnapshot> snapshots, List<string> warnings)
    {
        if (IsBlank(file))
        {
            throw new ListFormatException(file.Name, null, "the file is empty");
        }

        var files = unpacker.Unpack(file).Where(f => !IsBlank(f)).ToList();
        if (files.Count == 0)
        {
            throw new ListFormatException(file.Name, null, "the archive holds no non-empty file");
        }

        var before = snapshots.Count;
        LoadGroup(files, snapshots, warnings);
        if (snapshots.Count == before)
        {
            throw NotRecognised(file.Name, []);
        }
    }

    private void LoadFolder(string folder, SourceFileUnpacker unpacker, List<ListSnapshot> snapshots, List<string> warnings)
    {
        var files = new List<SourceFile>();
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var file = ReadFile(path, unpacker);
            if (IsBlank(file))
            {
                warnings.Add($"{path}: skipped, the file is empty");
                continue;
            }

            foreach (var inner in unpacker.Unpack(file))
            {
                if (IsBlank(inner))
                {
                    warnings.Add($"{inner.Name}: skipped, the file is empty");
                }
                else
                {
                    files.Add(inner);
                }
            }
        }

        LoadGroup(files, snapshots, warnings);
        foreach (var sub in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            // A linked folder could lead back up the tree; lists are never delivered that way.
            if (new DirectoryInfo(sub).LinkTarget is not null)
            {
                warnings.Add($"{sub}: skipped, a symbolic link");
                continue;
            }

            LoadFolder(sub, unpacker, snapshots, warnings);
        }
    }

    // Tries the files as one list first, then the multi-file sets among them, then what is left one file at a time.
    private void LoadGroup(List<SourceFile> files, List<ListSnapshot> snapshots, List<string> warnings)
    {
        if (files.Count == 0)
        {
            return;
        }

        var reader = Detect(files);
        if (reader is not null)
        {
            snapshots.Add(Accept(reader.Read(files), warnings));
            return;
        }

        var remaining = new List<SourceFile>(files);
        if (files.Count > 1)
        {
            foreach (var multi in readers.OfType<IMultiFileListReader>())
            {
                foreach (var set in multi.FindSets(remaining))
                {
                    snapshots.Add(Accept(multi.Read(set), warnings));
                    remaining.RemoveAll(f => set.Contains(f));
                }
            }
        }

        foreach (var file in remaining)
        {
            var single = Detect([file]);
            if (single is null)
            {
                warnings.Add($"{file.Name}: skipped, {ExpectedFormats()}");
            }
            else
            {
                snapshots.Add(Accept(single.Read([file]), warnings));
            }
        }
    }

    /// <summary>
    /// Reports each record a reader skipped as a warning, or refuses the version when more than
    /// <see cref="ListLoaderLimits.MaxBadRecordShare"/> of its records were unreadable: then something is wrong with the
    /// file as a whole (a changed format, a damaged download), and the version in force is the better answer.
    /// </summary>
    private ListSnapshot Accept(ListSnapshot snapshot, List<string> warnings)
    {
        var bad = snapshot.SkippedRecords.Count;
        if (bad == 0)
        {
            return snapshot;
        }

        var total = bad + snapshot.Entities.Count;
        var share = (double)bad / total;
        if (share > limits.MaxBadRecordShare)
        {
            var examples = string.Join("; ", snapshot.SkippedRecords.Take(3));
            throw new ListFormatException(
                string.Join(", ", snapshot.Sources),
                null,
                $"{bad:N0} of {total:N0} records could not be read ({Percent(share)}), more than the {Percent(limits.MaxBadRecordShare)} allowed (Cordon:Lists:MaxBadRecordShare): the version is refused and the one in force kept. {examples}{(bad > 3 ? $"; and {bad - 3:N0} more" : "")}");
        }

        warnings.AddRange(snapshot.SkippedRecords.Select(r => r.ToString()));
        return snapshot;
    }

    private static string Percent(double share) =>
        (share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";

    private string ExpectedFormats() =>
        $"not a recognised list format (expected one of: {string.Join(", ", readers.Select(r => r.Format))})";

    private ListFormatException NotRecognised(string path, List<string> warnings)
    {
        var reason = ExpectedFormats();
        if (warnings.Count > 0)
        {
            reason += "; " + string.Join("; ", warnings);
        }

        return new ListFormatException(path, null, reason);
    }
}
