window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Commuter, OSM mapper ng mga ruta ng jeep sa QC at Marikina. Sakay muna bago reklamo 🚌🗺️ Views ko lang.",
        "website" : "https://t.co/L3eYi9AwhM",
        "location" : "Quezon City, Metro Manila"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1727537756896463957/Qm7dTx2L.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1102515700127071238/1700712215"
    }
  }
]