package smartcity.localrun;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * A launcher's claim on its folder and its ports, taken before it touches either: a second launcher started on the same
 * folder, or on a port another program holds, refuses to start and changes nothing (in particular, it never deletes the
 * running suite's data). The folder's claim is an operating-system lock on {@code launcher.lock}: it ends with the
 * process however the process ends, so a crashed launcher leaves no stale claim.
 */
final class LauncherLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private LauncherLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims {@code workDir}, then checks that every port is free on {@code bindAddress}.
     *
     * @throws IllegalStateException when another launcher holds the folder or a port is taken; nothing was changed
     */
    static LauncherLock claim(Path workDir, String bindAddress, Map<String, Integer> ports) throws IOException {
        Files.createDirectories(workDir);
        Path file = workDir.resolve("launcher.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another launcher is running on " + workDir + " (it holds " + file
                    + "); stop it first, or give this one other ports and folder");
        }
        LauncherLock claim = new LauncherLock(channel, lock);
        try {
            InetAddress address = InetAddress.getByName(bindAddress);
            for (Map.Entry<String, Integer> port : ports.entrySet()) {
                if (!isFree(address, port.getValue())) {
                    throw new IllegalStateException(port.getKey() + "'s port " + port.getValue() + " is in use on "
                            + bindAddress + ": is another suite running? Set another port (see README, Configuration)");
                }
            }
        } catch (IOException | RuntimeException e) {
            claim.close();
            throw e;
        }
        return claim;
    }

    private static boolean isFree(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // SO_REUSEADDR off: a port held by a listener anywhere on the machine counts as taken
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock ends with the channel or the process either way
        }
    }
}
