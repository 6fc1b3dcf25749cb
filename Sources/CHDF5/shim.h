#include <hdf5.h>

// Swift cannot import HDF5's function-like and cast macros (H5T_NATIVE_*, H5P_DEFAULT, ...):
// many expand to `H5open()` followed by a library global. These wrappers expose them as calls.

static inline hid_t gs_h5p_default(void) { return H5P_DEFAULT; }
static inline hid_t gs_h5s_all(void) { return H5S_ALL; }
static inline hid_t gs_h5e_default(void) { return H5E_DEFAULT; }
static inline size_t gs_h5t_variable(void) { return H5T_VARIABLE; }

static inline unsigned gs_h5f_acc_rdonly(void) { return H5F_ACC_RDONLY; }
static inline unsigned gs_h5f_acc_trunc(void) { return H5F_ACC_TRUNC; }

static inline hid_t gs_h5p_dataset_create(void) { return H5P_DATASET_CREATE; }

// Memory (native) types used for reading and writing.
static inline hid_t gs_h5t_native_int32(void) { return H5T_NATIVE_INT32; }
static inline hid_t gs_h5t_native_int64(void) { return H5T_NATIVE_INT64; }
static inline hid_t gs_h5t_native_double(void) { return H5T_NATIVE_DOUBLE; }
static inline hid_t gs_h5t_c_s1(void) { return H5T_C_S1; }

// File types biom-format writes (little-endian, fixed width).
static inline hid_t gs_h5t_std_i32le(void) { return H5T_STD_I32LE; }
static inline hid_t gs_h5t_std_i64le(void) { return H5T_STD_I64LE; }
static inline hid_t gs_h5t_ieee_f64le(void) { return H5T_IEEE_F64LE; }

/// Whether `path` is an HDF5 file: >0 yes, 0 no, <0 error (e.g. unreadable).
static inline htri_t gs_is_hdf5(const char *path) {
#if H5_VERSION_GE(1, 12, 0)
    return H5Fis_accessible(path, H5P_DEFAULT);
#else
    return H5Fis_hdf5(path);
#endif
}

/* Single precision, for distance matrices stored as fp32. */
static inline hid_t gs_h5t_native_float(void) { return H5T_NATIVE_FLOAT; }
static inline hid_t gs_h5t_ieee_f32le(void) { return H5T_IEEE_F32LE; }
