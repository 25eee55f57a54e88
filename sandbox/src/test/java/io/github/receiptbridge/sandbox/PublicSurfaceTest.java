package io.github.receiptbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.receiptbridge.sandbox.internal.server.CountedFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's published API is the root package and {@code sandbox.junit}; everything else lives under
 * {@code sandbox.internal}, is left out of the Javadoc and may change in any release. This test reads the module's
 * compiled main classes, so a new public type, a new public package or a public signature that lets an internal type
 * out fails here until someone decides: add the type to {@link #PUBLIC_TYPES} (it becomes API), or make it
 * package-private, or move it under {@code internal}.
 */
class PublicSurfaceTest {
  private static final String ROOT = "io.github.receiptbridge.sandbox";
  private static final String INTERNAL = ROOT + ".internal";

  /** The packages a user may import from. */
  private static final Set<String> PUBLIC_PACKAGES = Set.of(ROOT, ROOT + ".junit");

  /** Every type a user can name: the documented entry points. A new one is an API decision. */
  private static final Set<String> PUBLIC_TYPES = Set.of(
      ROOT + ".OnecSandbox",
      ROOT + ".OnecSandboxBuilder",
      ROOT + ".OnecBehavior",
      ROOT + ".OnecData",
      ROOT + ".BankReceiptSeed",
      ROOT + ".BankReceiptSeed$Builder",
      ROOT + ".BankWithdrawalSeed",
      ROOT + ".BankWithdrawalSeed$Builder",
      ROOT + ".ContactRow",
      ROOT + ".CounterpartyForm",
      ROOT + ".PropertyKind",
      ROOT + ".SandboxBehavior",
      ROOT + ".SchetmashSandbox",
      ROOT + ".SchetmashSandboxBuilder",
      ROOT + ".SchetmashBehavior",
      ROOT + ".SchetmashOutcome",
      ROOT + ".CashRegister",
      ROOT + ".SchetmashSandboxReceipt",
      ROOT + ".junit.ReceiptBridgeSandbox",
      ROOT + ".junit.ReceiptBridgeSandboxExtension");

  @Test
  void everyPackageOutsideInternalIsAPublicPackage() {
    Set<String> packages = new TreeSet<>();
    for (Class<?> type : mainClasses()) {
      packages.add(type.getPackageName());
    }

    assertThat(packages).as("the scan must see the internal packages too, or it proves nothing")
        .anyMatch(name -> name.startsWith(INTERNAL + "."));
    assertThat(packages.stream().filter(name -> !isInternal(name)).toList())
        .as("packages outside %s (a stale class from a moved package? run mvn clean)", INTERNAL)
        .containsExactlyInAnyOrderElementsOf(PUBLIC_PACKAGES);
  }

  @Test
  void theAccessibleTypesOfThePublicPackagesAreExactlyTheDocumentedEntryPoints() {
    List<String> accessible = mainClasses().stream()
        .filter(type -> PUBLIC_PACKAGES.contains(type.getPackageName()))
        .filter(PublicSurfaceTest::isAccessible)
        .map(Class::getName)
        .toList();

    assertThat(accessible)
        .as("public types of the public packages: a new one must be added to PUBLIC_TYPES on purpose, or be made "
            + "package-private or moved under %s", INTERNAL)
        .containsExactlyInAnyOrderElementsOf(PUBLIC_TYPES);
  }

  @Test
  void noPublicSignatureMentionsAnInternalType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : mainClasses()) {
      if (PUBLIC_PACKAGES.contains(type.getPackageName()) && isAccessible(type)) {
        leaks.addAll(internalMentions(type));
      }
    }

    assertThat(leaks).as("public or protected members of the public packages that name an internal type").isEmpty();
  }

  @Test
  void theSignatureCheckSeesAnInternalTypeWhereverItIs() {
    String leaky = Leaky.class.getName() + ": ";
    String named = " names " + CountedFault.class.getName();

    assertThat(internalMentions(Leaky.class)).containsExactlyInAnyOrder(
        leaky + "field field" + named,
        leaky + "constructor" + named,
        leaky + "method faults" + named,
        leaky + "method count" + named,
        leaky + "method first" + named);
  }

  /** The member kinds the signature check must catch, each naming {@link CountedFault} in another place. */
  @SuppressWarnings("unused")
  public static final class Leaky {
    public CountedFault field = new CountedFault();

    private CountedFault hidden = new CountedFault();

    public Leaky(CountedFault fault) {
      this.field = fault;
    }

    public List<? extends CountedFault> faults() {
      return List.of();
    }

    public int count(CountedFault[] faults) {
      return faults.length;
    }

    public <F extends CountedFault> F first(List<F> faults) {
      return faults.get(0);
    }

    int packagePrivate(CountedFault fault) {
      return fault.pending();
    }
  }

  /**
   * Where {@code type}'s supertypes, type parameters, annotations or public and protected members (its own and those
   * it inherits) name an internal type, one line per member.
   */
  private static Set<String> internalMentions(Class<?> type) {
    Set<String> leaks = new LinkedHashSet<>();
    check(leaks, type, "supertype", type.getGenericSuperclass());
    check(leaks, type, "supertype", type.getGenericInterfaces());
    check(leaks, type, "type parameter", type.getTypeParameters());
    checkAnnotations(leaks, type, "annotation", type);
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      checkExecutable(leaks, type, "constructor", constructor);
    }
    for (Class<?> in = type; in != null && in != Object.class; in = in.getSuperclass()) {
      for (Field field : in.getDeclaredFields()) {
        if (exposed(field.getModifiers()) && !field.isSynthetic()) {
          String where = "field " + field.getName();
          check(leaks, type, where, field.getGenericType());
          checkAnnotations(leaks, type, where, field);
        }
      }
      for (Method method : in.getDeclaredMethods()) {
        checkExecutable(leaks, type, "method " + method.getName(), method);
      }
    }
    return leaks;
  }

  private static void checkExecutable(Set<String> leaks, Class<?> type, String where, Executable executable) {
    if (!exposed(executable.getModifiers()) || executable.isSynthetic()) {
      return;
    }
    if (executable instanceof Method method) {
      check(leaks, type, where, method.getGenericReturnType());
    }
    check(leaks, type, where, executable.getGenericParameterTypes());
    check(leaks, type, where, executable.getGenericExceptionTypes());
    check(leaks, type, where, executable.getTypeParameters());
    checkAnnotations(leaks, type, where, executable);
    for (Annotation[] parameterAnnotations : executable.getParameterAnnotations()) {
      for (Annotation annotation : parameterAnnotations) {
        check(leaks, type, where, annotation.annotationType());
      }
    }
  }

  private static void checkAnnotations(Set<String> leaks, Class<?> type, String where, AnnotatedElement element) {
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      check(leaks, type, where, annotation.annotationType());
    }
  }

  private static void check(Set<String> leaks, Class<?> type, String where, Type... mentioned) {
    Set<Class<?>> named = new HashSet<>();
    Set<Type> seen = new HashSet<>();
    for (Type each : mentioned) {
      collect(each, named, seen);
    }
    for (Class<?> name : named) {
      if (isInternal(name.getPackageName())) {
        leaks.add(type.getName() + ": " + where + " names " + name.getName());
      }
    }
  }

  /** The classes a generic type names, through arrays, type arguments, wildcards and bounds. */
  private static void collect(Type type, Set<Class<?>> named, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        collect(c.getComponentType(), named, seen);
      } else {
        named.add(c);
      }
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), named, seen);
      if (p.getOwnerType() != null) {
        collect(p.getOwnerType(), named, seen);
      }
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, named, seen);
      }
    } else if (type instanceof WildcardType w) {
      Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
          .forEach(bound -> collect(bound, named, seen));
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        collect(bound, named, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), named, seen);
    }
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** A type a user can name from outside: public, or public/protected and nested only in such types. */
  private static boolean isAccessible(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      boolean nested = c.getEnclosingClass() != null;
      if (!(Modifier.isPublic(c.getModifiers()) || nested && Modifier.isProtected(c.getModifiers()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInternal(String packageName) {
    return packageName.equals(INTERNAL) || packageName.startsWith(INTERNAL + ".");
  }

  /** Every class compiled from {@code src/main}, read from the directory {@link OnecSandbox} was loaded from. */
  private static List<Class<?>> mainClasses() {
    Path root;
    try {
      root = Path.of(OnecSandbox.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    assertThat(root).as("the main classes must be a directory (run through Maven's test phase)").isDirectory();
    try (Stream<Path> files = Files.walk(root.resolve(ROOT.replace('.', '/')))) {
      List<Class<?>> classes = files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class")
              && !name.endsWith("module-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .sorted()
          .<Class<?>>map(PublicSurfaceTest::load)
          .toList();
      assertThat(classes).as("main classes found under %s", root).hasSizeGreaterThan(PUBLIC_TYPES.size());
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicSurfaceTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
